//! Layouts of Python objects over `minnow-heap`, and the operations on them
//! that never run Python code.
#![deny(unsafe_code)]
