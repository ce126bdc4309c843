//! Functions implemented in Rust, and how they receive their arguments.
//!
//! A native function runs with its arguments still on the VM stack (so they
//! stay rooted while it runs): `Args` says where. A native that calls back
//! into Python must re-read anything it needs from there, or from other
//! rooted places, after the call.

use minnow_heap::Value;
use minnow_objects::{field, layout};

use super::types::TypeId;
use super::{PyResult, Vm};

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct Native {
    pub name: &'static str,
    pub func: NativeFn,
    /// A method of a builtin type binds to the instance it is read through;
    /// a module's function stays as it is, even stored in a class.
    pub binds: bool,
    /// The builtin type whose method this is, for its `__qualname__`, its
    /// repr and the error of a call without an instance.
    pub owner: Option<TypeId>,
}

/// Where a native call's arguments are: `count` values from `base`, the
/// last `len(kwnames)` of them passed by keyword (`kwnames` is EMPTY or a
/// tuple of strs).
#[derive(Clone, Copy, Debug)]
pub struct Args {
    pub base: usize,
    pub count: usize,
    pub kwnames: Value,
}

impl Vm {
    /// Registers a native method of a builtin type and returns a function
    /// object for it; read through an instance, it binds to it.
    pub fn native_function(&mut self, name: &'static str, func: NativeFn) -> PyResult<Value> {
        self.new_native(Native {
            name,
            func,
            binds: true,
            owner: None,
        })
    }

    /// `native_function` for a method of the builtin type `owner`.
    pub fn native_method(
        &mut self,
        owner: TypeId,
        name: &'static str,
        func: NativeFn,
    ) -> PyResult<Value> {
        self.new_native(Native {
            name,
            func,
            binds: true,
            owner: Some(owner),
        })
    }

    /// Registers a module-level native function (`len`, `math.sqrt`): as in
    /// CPython, it does not bind when stored as a class attribute.
    pub fn module_function(&mut self, name: &'static str, func: NativeFn) -> PyResult<Value> {
        self.new_native(Native {
            name,
            func,
            binds: false,
            owner: None,
        })
    }

    fn new_native(&mut self, native: Native) -> PyResult<Value> {
        let index = self.natives.len();
        let name_str = self.intern(native.name)?;
        self.natives.push(native);
        let obj = self.alloc(layout::BUILTIN_FUNCTION, field::BUILTIN_FUNCTION::COUNT)?;
        self.heap
            .set_raw(obj, field::BUILTIN_FUNCTION::index, index as u64);
        self.heap
            .set_field(obj, field::BUILTIN_FUNCTION::name, name_str);
        Ok(obj.value())
    }

    /// Whether `v` is a native function that binds to the instance it is
    /// read through: a builtin type's method, not yet bound.
    pub fn is_binding_native(&self, v: Value) -> bool {
        self.obj_of(v, layout::BUILTIN_FUNCTION).is_some_and(|f| {
            self.heap
                .field(f, field::BUILTIN_FUNCTION::bound)
                .is_empty()
                && self.natives[self.heap.raw(f, field::BUILTIN_FUNCTION::index) as usize].binds
        })
    }

    /// The positional arguments (all of them when there are no keywords).
    pub fn positional(&self, args: Args) -> &[Value] {
        let kw = self.kw_count(args);
        &self.stack[args.base..args.base + args.count - kw]
    }

    pub fn kw_count(&self, args: Args) -> usize {
        self.kwnames_len(args.kwnames)
    }

    /// How many names a call's `kwnames` (a tuple, or EMPTY) holds.
    pub fn kwnames_len(&self, kwnames: Value) -> usize {
        if kwnames.is_ptr() {
            self.tuple_len(kwnames)
        } else {
            0
        }
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn keywords(&self, args: Args) -> Vec<(String, Value)> {
        let kw = self.kw_count(args);
        if kw == 0 {
            return Vec::new();
        }
        let names = self.tuple_items(args.kwnames);
        let values = &self.stack[args.base + args.count - kw..args.base + args.count];
        names
            .iter()
            .zip(values)
            .map(|(&n, &v)| (self.str_text(n).to_string(), v))
            .collect()
    }

    /// Exactly `N` positional arguments and no keywords.
    pub fn exact_args<const N: usize>(&mut self, args: Args, name: &str) -> PyResult<[Value; N]> {
        self.no_keywords(args, name)?;
        let given = self.positional(args);
        if given.len() != N {
            return Err(self.exact_count_error(N, given.len(), name));
        }
        let mut out = [Value::NONE; N];
        out.copy_from_slice(given);
        Ok(out)
    }

    /// A method's receiver and exactly `N` more positional arguments, no
    /// keywords; errors count the arguments as CPython does, without self.
    #[inline(always)]
    pub fn method_args<const N: usize>(
        &mut self,
        args: Args,
        name: &str,
    ) -> PyResult<(Value, [Value; N])> {
        if let Some(given) = self.plain_method_call(args, N + 1, name) {
            let mut out = [Value::NONE; N];
            out.copy_from_slice(&given[1..]);
            return Ok((given[0], out));
        }
        self.method_args_checked(args, name)
    }

    /// The arguments of a call of a method (not a dunder) with `count`
    /// positional arguments, receiver included, and no keywords: the case
    /// that needs no checks.
    #[inline]
    fn plain_method_call(&self, args: Args, count: usize, name: &str) -> Option<&[Value]> {
        (args.kwnames.is_empty() && args.count == count && !name.starts_with("__"))
            .then(|| &self.stack[args.base..args.base + count])
    }

    #[inline(never)]
    fn method_args_checked<const N: usize>(
        &mut self,
        args: Args,
        name: &str,
    ) -> PyResult<(Value, [Value; N])> {
        if name.starts_with("__") {
            return self.slot_args::<N>(args, name);
        }
        let receiver = self.receiver(args, name)?;
        let given = &self.positional(args)[1..];
        if given.len() != N {
            let qualified = format!("{}.{name}", self.type_name_of(receiver));
            let display = if N < 2 { qualified.as_str() } else { name };
            return Err(self.exact_count_error(N, given.len(), display));
        }
        let mut out = [Value::NONE; N];
        out.copy_from_slice(given);
        Ok((receiver, out))
    }

    /// A slot wrapper's receiver and exactly `N` more positional arguments
    /// (`int.__add__(1, 2)`), with the slot wrappers' count error.
    pub fn slot_args<const N: usize>(
        &mut self,
        args: Args,
        name: &str,
    ) -> PyResult<(Value, [Value; N])> {
        let receiver = self.receiver(args, name)?;
        let given = &self.positional(args)[1..];
        if given.len() != N {
            // CPython unpacks two or more with an unnamed tuple parser,
            // whose message starts with the empty name and a space.
            let msg = match N {
                1 => format!("expected 1 argument, got {}", given.len()),
                0 => format!("expected 0 arguments, got {}", given.len()),
                _ => format!(" expected {N} arguments, got {}", given.len()),
            };
            return Err(self.type_error(&msg));
        }
        let mut out = [Value::NONE; N];
        out.copy_from_slice(given);
        Ok((receiver, out))
    }

    fn exact_count_error(&mut self, n: usize, given: usize, name: &str) -> super::Raised {
        let msg = match n {
            0 => format!("{name}() takes no arguments ({given} given)"),
            1 => format!("{name}() takes exactly one argument ({given} given)"),
            _ => format!("{name} expected {n} arguments, got {given}"),
        };
        self.type_error(&msg)
    }

    /// The first positional argument of a method call, with no keywords.
    fn receiver(&mut self, args: Args, name: &str) -> PyResult<Value> {
        self.no_keywords(args, name)?;
        match self.positional(args).first() {
            Some(&v) => Ok(v),
            None => Err(self.type_error(&format!("unbound method {name}() needs an argument"))),
        }
    }

    /// Between `min` and `max` positional arguments, no keywords; missing
    /// ones are EMPTY.
    pub fn range_args<const MAX: usize>(
        &mut self,
        args: Args,
        min: usize,
        name: &str,
    ) -> PyResult<[Value; MAX]> {
        self.no_keywords(args, name)?;
        let given = self.positional(args);
        if given.len() < min || given.len() > MAX {
            return Err(self.range_count_error(min, MAX, given.len(), name));
        }
        let mut out = [Value::EMPTY; MAX];
        out[..given.len()].copy_from_slice(given);
        Ok(out)
    }

    /// A method's receiver and between `min` and `MAX` more positional
    /// arguments (missing ones are EMPTY), no keywords.
    #[inline(always)]
    pub fn method_range_args<const MAX: usize>(
        &mut self,
        args: Args,
        min: usize,
        name: &str,
    ) -> PyResult<(Value, [Value; MAX])> {
        if args.kwnames.is_empty() && (min + 1..=MAX + 1).contains(&args.count) {
            let given = &self.stack[args.base..args.base + args.count];
            // Element by element, where a copy of a variable length would
            // call memcpy for at most MAX words.
            let out = std::array::from_fn(|i| given.get(i + 1).copied().unwrap_or(Value::EMPTY));
            return Ok((given[0], out));
        }
        self.method_range_args_checked(args, min, name)
    }

    #[inline(never)]
    fn method_range_args_checked<const MAX: usize>(
        &mut self,
        args: Args,
        min: usize,
        name: &str,
    ) -> PyResult<(Value, [Value; MAX])> {
        let receiver = self.receiver(args, name)?;
        let given = &self.positional(args)[1..];
        if given.len() < min || given.len() > MAX {
            return Err(self.range_count_error(min, MAX, given.len(), name));
        }
        let mut out = [Value::EMPTY; MAX];
        out[..given.len()].copy_from_slice(given);
        Ok((receiver, out))
    }

    fn range_count_error(
        &mut self,
        min: usize,
        max: usize,
        given: usize,
        name: &str,
    ) -> super::Raised {
        let (bound, n) = if given < min {
            ("least", min)
        } else {
            ("most", max)
        };
        let plural = if n == 1 { "" } else { "s" };
        let msg = format!("{name} expected at {bound} {n} argument{plural}, got {given}");
        self.type_error(&msg)
    }

    pub fn no_keywords(&mut self, args: Args, name: &str) -> PyResult<()> {
        if self.kw_count(args) > 0 {
            return Err(self.type_error(&format!("{name}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Positional arguments plus the named keywords this function accepts
    /// (`None` where not given); any other keyword is a TypeError.
    pub fn args_with_keywords<const K: usize>(
        &mut self,
        args: Args,
        name: &str,
        accepted: [&str; K],
    ) -> PyResult<(Vec<Value>, [Option<Value>; K])> {
        let positional = self.positional(args).to_vec();
        let mut found = [None; K];
        for (kw, value) in self.keywords(args) {
            match accepted.iter().position(|&a| a == kw) {
                Some(i) => found[i] = Some(value),
                None => {
                    return Err(self.type_error(&format!(
                        "'{kw}' is an invalid keyword argument for {name}()"
                    )))
                }
            }
        }
        Ok((positional, found))
    }

    pub fn native_name(&self, func: Value) -> &'static str {
        self.native_of(func).name
    }

    pub fn native_of(&self, func: Value) -> &Native {
        let obj = func.as_obj().expect("a builtin function");
        &self.natives[self.heap.raw(obj, field::BUILTIN_FUNCTION::index) as usize]
    }

    /// The name of the builtin type whose method `func` is, if it is one.
    pub fn native_owner_name(&self, func: Value) -> Option<String> {
        let owner = self.native_of(func).owner?;
        Some(super::types::type_name(self, self.ty(owner)).to_string())
    }

    /// The TypeError of a builtin type's method called through its class
    /// without an instance (`list.append()`), in CPython's words.
    #[cold]
    pub fn missing_receiver(&mut self, func: Value) -> super::Raised {
        let name = self.native_name(func);
        let owner = self
            .native_owner_name(func)
            .unwrap_or_else(|| "object".into());
        let msg = if name == "__new__" {
            format!("{owner}.__new__(): not enough arguments")
        } else if name.starts_with("__") && name.ends_with("__") {
            format!("descriptor '{name}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{name}() needs an argument")
        };
        self.type_error(&msg)
    }

    #[cold]
    pub fn raise_type_id_error(&mut self, id: TypeId, msg: &str) -> super::Raised {
        self.raise_msg(id, msg)
    }
}
