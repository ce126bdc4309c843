//! The `time` module: clocks and sleep.
//!
//! `time()` is the wall clock; `perf_counter()` and `monotonic()` read the
//! monotonic clock, counted from an instant taken when the module is made
//! (only differences between readings mean anything, as in CPython);
//! `process_time()` is the CPU time of the process.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use minnow_heap::Value;

use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Vm};

/// The reference instant of the monotonic clocks.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn monotonic_now() -> Duration {
    // Start from a second so that readings are never zero.
    origin().elapsed() + Duration::from_secs(1)
}

fn process_now() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ProcessCPUTime);
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

fn seconds(vm: &mut Vm, args: Args, name: &str, clock: fn() -> Duration) -> PyResult<Value> {
    vm.exact_args::<0>(args, name)?;
    vm.new_float(clock().as_secs_f64())
}

fn nanoseconds(vm: &mut Vm, args: Args, name: &str, clock: fn() -> Duration) -> PyResult<Value> {
    vm.exact_args::<0>(args, name)?;
    vm.new_int_i128(clock().as_nanos() as i128)
}

fn time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    seconds(vm, args, "time.time", since_epoch)
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    nanoseconds(vm, args, "time.time_ns", since_epoch)
}

fn perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    seconds(vm, args, "time.perf_counter", monotonic_now)
}

fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    nanoseconds(vm, args, "time.perf_counter_ns", monotonic_now)
}

fn monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    seconds(vm, args, "time.monotonic", monotonic_now)
}

fn monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    nanoseconds(vm, args, "time.monotonic_ns", monotonic_now)
}

fn process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    seconds(vm, args, "time.process_time", process_now)
}

fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    nanoseconds(vm, args, "time.process_time_ns", process_now)
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [secs] = vm.exact_args::<1>(args, "time.sleep")?;
    let secs = match vm.num(secs).filter(|_| !vm.is_user_instance(secs)) {
        Some(_) => super::math::real(vm, secs)?,
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(secs)
            );
            return Err(vm.type_error(&msg));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs >= 9.2e18 {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    if secs >= 9.2e9 {
        return Err(vm.raise_msg(
            TypeId::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    vm.flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    origin();
    super::add_functions(
        vm,
        module,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    )
}
