//! Roots: the values the collector starts from.
//!
//! The heap's owner lists all of its roots in one function, its
//! `RootSet::trace_roots`, which the collector calls at every collection.
//! Native code that holds values across a safepoint roots them in a
//! `RootScope`: a guard whose roots are dropped with it, so no push is ever
//! left without its pop.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::Value;

/// Hands each root slot to the collector, which may rewrite it (a moved object).
pub struct Tracer<'a> {
    visit: &'a mut dyn FnMut(&mut Value),
}

impl<'a> Tracer<'a> {
    pub(crate) fn new(visit: &'a mut dyn FnMut(&mut Value)) -> Tracer<'a> {
        Tracer { visit }
    }

    #[inline]
    pub fn visit(&mut self, slot: &mut Value) {
        if slot.is_ptr() {
            (self.visit)(slot);
        }
    }

    pub fn visit_slice(&mut self, slots: &mut [Value]) {
        for slot in slots {
            self.visit(slot);
        }
    }
}

/// Everything outside the heap that holds values: the owner's one list of roots.
pub trait RootSet {
    fn trace_roots(&mut self, tracer: &mut Tracer<'_>);
}

/// No roots at all (tests and benchmarks of garbage).
impl RootSet for () {
    fn trace_roots(&mut self, _: &mut Tracer<'_>) {}
}

impl RootSet for [Value] {
    fn trace_roots(&mut self, tracer: &mut Tracer<'_>) {
        tracer.visit_slice(self);
    }
}

impl RootSet for Vec<Value> {
    fn trace_roots(&mut self, tracer: &mut Tracer<'_>) {
        tracer.visit_slice(self);
    }
}

#[derive(Default)]
pub(crate) struct RootStackSlots {
    pub(crate) values: Vec<Value>,
    open_scopes: usize,
}

/// The heap's stack of scoped roots, shared with the guards that push on it.
pub(crate) type RootStack = Rc<RefCell<RootStackSlots>>;

/// A scope of roots for native code: every value rooted through it stays
/// rooted (and is updated when its object moves) until the scope is dropped.
/// Scopes nest; only the innermost open scope may add roots or end.
pub struct RootScope {
    stack: RootStack,
    base: usize,
    depth: usize,
}

impl RootScope {
    pub(crate) fn open(stack: &RootStack) -> RootScope {
        let mut slots = stack.borrow_mut();
        slots.open_scopes += 1;
        RootScope {
            stack: Rc::clone(stack),
            base: slots.values.len(),
            depth: slots.open_scopes,
        }
    }

    /// Roots `value` until this scope ends.
    pub fn root(&self, value: Value) -> Rooted<'_> {
        let mut slots = self.stack.borrow_mut();
        assert_eq!(
            slots.open_scopes, self.depth,
            "a root was added to a RootScope that is not the innermost one"
        );
        slots.values.push(value);
        Rooted {
            scope: self,
            index: slots.values.len() - 1,
        }
    }
}

impl Drop for RootScope {
    fn drop(&mut self) {
        let mut slots = self.stack.borrow_mut();
        // Ending a scope while one opened inside it is still open would drop
        // that scope's roots under its live `Rooted`s.
        assert!(
            slots.open_scopes == self.depth || std::thread::panicking(),
            "a RootScope was dropped while a scope opened inside it is still open"
        );
        slots.values.truncate(self.base);
        slots.open_scopes -= 1;
    }
}

/// One rooted value; read it again after every safepoint, as its object may
/// have moved.
pub struct Rooted<'s> {
    scope: &'s RootScope,
    index: usize,
}

impl Rooted<'_> {
    pub fn get(&self) -> Value {
        self.scope.stack.borrow().values[self.index]
    }

    pub fn set(&self, value: Value) {
        self.scope.stack.borrow_mut().values[self.index] = value;
    }
}
