//! The one interface between the interpreter and native code. The
//! interpreter owns it; the built-ins (a later stage) register into it:
//!
//! - `call`: the call protocol — [`Call`] (evaluated arguments, their nodes,
//!   the call's span), [`Arg`], [`Fail`], the function types.
//! - `signature`: signatures as data (`"text: Text; count: Integer? -> Text"`),
//!   parsed once, and the argument check against one (error -30008).
//! - `table`: the declared rows of commands and member functions, and
//!   [`Natives`], their index, which the runner hands to the program.
//! - `state`: what native code keeps between calls, by type ([`NativeState`]).

mod call;
mod signature;
mod state;
mod table;

pub use call::{Arg, ArgVec, BResult, Call, Fail, KeyedFn, MemberFn, NativeFn, PropertyFn};
pub use signature::{ArgMode, ParamSpec, ParamType, Signature};
pub use state::NativeState;
pub use table::{
    Command, CommandRow, KeyedRow, MemberName, MemberRow, Natives, PropertyRow, Receiver,
};
