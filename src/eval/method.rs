//! A method ready to run: its resolved tree, and the closures it is compiled
//! to the first time it runs. The compiled form is kept here, beside the
//! interpreter that makes and runs it, not in the tree (`ir`), which knows
//! nothing of it.

use super::closure;
use super::ir::MethodIr;
use std::cell::OnceCell;

/// A project method, a database method or a REPL entry, as frames run it.
#[derive(Debug)]
pub struct Method {
    pub ir: MethodIr,
    /// `ir.body` compiled to closures, made the first time the method runs.
    compiled: OnceCell<closure::Block>,
    /// The class a class function belongs to (`Super` needs it); none for a
    /// project method.
    pub owner: Option<Owner>,
    /// Whose code this is: 0 for the host project, `k` for the program's
    /// component `k - 1` (its `cs`, its methods' code; docs/tool4d.md).
    pub module: u16,
}

/// Which class function a method is: its class (by number, in
/// `Program::class_names`), and what kind of function. Plain data, no drop:
/// a field that needs dropping made every project-method call dearer (fib
/// ran 2 % more instructions).
#[derive(Debug, Clone, Copy)]
pub struct Owner {
    pub class: u32,
    pub kind: crate::syntax::ast::FunctionKind,
}

impl Method {
    pub fn new(ir: MethodIr) -> Method {
        Method {
            ir,
            compiled: OnceCell::new(),
            owner: None,
            module: 0,
        }
    }

    /// A function of a class (constructor, function, accessor).
    pub fn of_class(ir: MethodIr, owner: Owner) -> Method {
        Method {
            owner: Some(owner),
            ..Method::new(ir)
        }
    }

    /// The compiled body, made now if the method never ran compiled.
    #[inline]
    pub(crate) fn compiled(&self) -> &closure::Block {
        self.compiled
            .get_or_init(|| closure::Block::new(&self.ir.body))
    }

    /// Whether the method has run in its compiled form.
    pub fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }
}

impl std::ops::Deref for Method {
    type Target = MethodIr;

    fn deref(&self) -> &MethodIr {
        &self.ir
    }
}
