//! The names the compiler resolves: process and interprocess variables
//! (program-wide ids), a method's locals (frame slots, `$1…$n` first), the
//! REPL's locals kept between entries, declared types, and what the compiler
//! asks of native code.

use crate::eval::ir::{FrameLayout, MemberName};
use crate::eval::value::VarType;
use crate::syntax::ast::TypeKind;
use std::collections::HashMap;
use std::rc::Rc;

/// Program-wide names: process and interprocess variables. Grows as methods
/// (or REPL entries) are compiled.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
    pub names: Vec<Rc<str>>,
}

/// The key a 4D name is compared by: lower case, blanks collapsed.
pub fn name_key(name: &str) -> String {
    crate::names::normalize_name(name)
}

impl Interner {
    pub fn intern(&mut self, name: &str) -> u32 {
        let key = name_key(name);
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.names.len() as u32;
        self.ids.insert(key, id);
        self.names.push(Rc::from(name));
        id
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.ids.get(&name_key(name)).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// What the compiler needs to know about the program.
pub struct Globals<'a> {
    pub process: &'a mut Interner,
    pub interprocess: &'a mut Interner,
    /// Project method names, by index (for error messages and `Formula`).
    pub methods: &'a [Rc<str>],
    /// Added to the method numbers of the code being compiled: methods loaded
    /// later (the REPL's `:load`) come after the ones already there.
    pub method_offset: u32,
    /// The commands and member functions native code provides.
    pub natives: &'a dyn NativeNames,
}

/// What the compiler needs to know of native code: which commands exist
/// (and which change no variable) and which member function names. The
/// native tables (`native::Natives`) answer it; the compiler knows nothing
/// else of them.
pub trait NativeNames {
    /// The row index of the command with this 4D number, and whether it is
    /// pure (evaluating it changes no variable), if fourd has it.
    fn command(&self, number: u32) -> Option<(u16, bool)>;
    /// The number of a member function name, if any row has it.
    fn member(&self, name: &str) -> Option<MemberName>;
}

/// The type a declaration keyword or `var … : Type` gives.
pub fn var_type(kind: &TypeKind) -> VarType {
    match kind {
        TypeKind::Text => VarType::Text,
        TypeKind::Real => VarType::Real,
        TypeKind::Integer => VarType::Integer,
        TypeKind::Boolean => VarType::Boolean,
        TypeKind::Date => VarType::Date,
        TypeKind::Time => VarType::Time,
        TypeKind::Object | TypeKind::Class(_) => VarType::Object,
        TypeKind::Collection => VarType::Collection,
        TypeKind::Pointer => VarType::Pointer,
        TypeKind::Picture => VarType::Picture,
        TypeKind::Blob => VarType::Blob,
        TypeKind::Variant => VarType::Variant,
    }
}

/// `C_TEXT` and friends: the type each legacy declaration command gives.
pub(super) fn declaration_type(name: &str) -> Option<VarType> {
    let upper = name.trim_start_matches("_O_").to_ascii_uppercase();
    Some(match upper.as_str() {
        "C_TEXT" | "C_STRING" => VarType::Text,
        "C_LONGINT" | "C_INTEGER" => VarType::Integer,
        "C_REAL" => VarType::Real,
        "C_BOOLEAN" => VarType::Boolean,
        "C_DATE" => VarType::Date,
        "C_TIME" => VarType::Time,
        "C_OBJECT" => VarType::Object,
        "C_COLLECTION" => VarType::Collection,
        "C_POINTER" => VarType::Pointer,
        "C_PICTURE" => VarType::Picture,
        "C_BLOB" => VarType::Blob,
        "C_VARIANT" => VarType::Variant,
        _ => return None,
    })
}

pub(super) struct Scope {
    pub(super) locals: HashMap<String, u32>,
    pub(super) layout: FrameLayout,
    /// Slot of `$0`, once used.
    pub(super) zero: Option<u32>,
}

impl Scope {
    pub(super) fn new() -> Scope {
        Scope {
            locals: HashMap::new(),
            layout: FrameLayout::default(),
            zero: None,
        }
    }

    pub(super) fn slot(&mut self, name: &str) -> u32 {
        let key = name.to_lowercase();
        if let Some(&s) = self.locals.get(&key) {
            return s;
        }
        let s = self.layout.slots;
        self.layout.slots += 1;
        self.layout.names.push(Rc::from(format!("${name}")));
        self.locals.insert(key, s);
        s
    }

    pub(super) fn param(&mut self, n: u32) -> u32 {
        if n == 0 {
            if let Some(z) = self.zero {
                return z;
            }
            let z = self.slot("0");
            self.zero = Some(z);
            return z;
        }
        // Parameters are reserved up front; a `$n` beyond them is an extra slot.
        if n <= self.layout.reserved {
            return n - 1;
        }
        self.slot(&n.to_string())
    }
}

/// The locals of a REPL session, kept from one entry to the next.
#[derive(Debug, Default, Clone)]
pub struct EntryScope {
    pub(super) locals: HashMap<String, u32>,
    pub(super) names: Vec<Rc<str>>,
}

impl EntryScope {
    /// The locals defined so far (`$name`).
    pub fn names(&self) -> &[Rc<str>] {
        &self.names
    }
}
