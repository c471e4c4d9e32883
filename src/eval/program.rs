//! A project ready to run: every method compiled, names interned. The REPL
//! grows it entry by entry.

use super::compile::{self, EntryScope, Globals, Interner};
use super::method::Method;
use super::native::Natives;
use crate::check::ParsedUnit;
use crate::names::NameTable;
use crate::project::UnitKind;
use crate::source::Source;
use std::collections::HashMap;
use std::rc::Rc;

/// Process variables every run has (4D's system variables).
pub const SYSTEM_VARIABLES: &[&str] = crate::names::SYSTEM_VARIABLES;

pub struct Program {
    /// The commands and member functions of native code, handed over by
    /// whoever builds the program (the runner, the REPL).
    pub natives: &'static Natives,
    /// Project methods by index (the lexer's method numbering). A method whose
    /// file could not be read or compiled is `None`.
    pub methods: Vec<Option<Rc<Method>>>,
    pub method_names: Vec<Rc<str>>,
    /// Methods left out because their file has errors (a lone file's
    /// siblings), with the first error: calling one says why it cannot run.
    pub broken: HashMap<u32, String>,
    /// Database methods (`onStartup`, `onExit`, …) by lower-case name.
    pub database_methods: HashMap<String, Rc<Method>>,
    pub names: NameTable,
    pub process: Interner,
    pub interprocess: Interner,
    /// Locals of the REPL, kept between entries.
    pub entry_scope: EntryScope,
    /// The project's root folder (for `Get 4D folder` and friends).
    pub root: Option<std::path::PathBuf>,
    /// Where the methods being compiled start in `methods` (see `add_methods`).
    pub(super) method_offset: u32,
    /// The project's classes (`cs`), in the order they were made; their
    /// functions are methods of `methods`, numbered after the project's.
    pub classes: Vec<super::value::ClassRef>,
    /// Classes by name (case-sensitive).
    pub(super) class_index: HashMap<std::rc::Rc<str>, usize>,
    /// The names of the classes whose functions were compiled, numbered for
    /// [`super::method::Owner`].
    pub(super) class_names: Vec<std::rc::Rc<str>>,
    /// The components the project loads (`Components/`, dependencies.json),
    /// each with its own classes and methods (see `component.rs`).
    pub components: Vec<super::component::Component>,
    /// The module whose code is being compiled (0: the host project).
    pub(super) compiling_module: u16,
}

impl Program {
    /// A program with no methods (for `fourd eval` and an empty REPL).
    pub fn empty(natives: &'static Natives) -> Program {
        let mut p = Program {
            natives,
            methods: Vec::new(),
            method_names: Vec::new(),
            broken: HashMap::new(),
            database_methods: HashMap::new(),
            names: NameTable::default(),
            process: Interner::default(),
            interprocess: Interner::default(),
            entry_scope: EntryScope::default(),
            root: None,
            method_offset: 0,
            classes: Vec::new(),
            class_index: HashMap::new(),
            class_names: Vec::new(),
            components: Vec::new(),
            compiling_module: 0,
        };
        for name in SYSTEM_VARIABLES {
            p.process.intern(name);
        }
        p
    }

    /// Compiles the parsed units of one project. `method_names` is the project's
    /// method list, in the order the lexer numbered them.
    pub fn build(
        natives: &'static Natives,
        method_names: &[&str],
        units: &[ParsedUnit],
    ) -> Program {
        let mut p = Program::empty(natives);
        p.method_names = method_names.iter().map(|n| Rc::from(*n)).collect();
        p.names = NameTable::with_methods(method_names.iter().copied());
        p.methods = vec![None; method_names.len()];
        let mut next_method = 0;
        for unit in units {
            match unit.kind {
                UnitKind::Method => {
                    let ir = p.compile_unit(unit);
                    if next_method < p.methods.len() {
                        p.methods[next_method] = Some(ir);
                    }
                    next_method += 1;
                }
                UnitKind::DatabaseMethod => {
                    let ir = p.compile_unit(unit);
                    p.database_methods.insert(unit.name.to_lowercase(), ir);
                }
                _ => {}
            }
        }
        p.add_classes(units);
        p
    }

    /// Leaves out the methods numbered from `offset` whose unit has errors
    /// (`units` in the order they were compiled): a call of one then says why
    /// it cannot run. Returns each one's name and first error.
    pub fn set_aside_broken<'u>(
        &mut self,
        offset: usize,
        units: &'u [ParsedUnit],
    ) -> Vec<(&'u str, &'u crate::diag::Diagnostic)> {
        let methods = units.iter().filter(|u| u.kind == UnitKind::Method);
        let mut broken = Vec::new();
        for (i, unit) in methods.enumerate() {
            if let Some(first) = unit.diagnostics.iter().find(|d| d.is_error()) {
                self.methods[offset + i] = None;
                self.broken
                    .insert((offset + i) as u32, crate::diag::render_plain(first));
                broken.push((unit.name.as_str(), first));
            }
        }
        broken
    }

    /// Adds the methods of another project (the REPL's `:load`): they are
    /// numbered after the ones already there; a name loaded again now means the
    /// new method.
    pub fn add_methods(&mut self, method_names: &[&str], units: &[ParsedUnit]) {
        let offset = self.methods.len() as u32;
        self.method_offset = offset;
        for (i, name) in method_names.iter().enumerate() {
            self.names.add_method(name, offset + i as u32);
            self.method_names.push(Rc::from(*name));
            self.methods.push(None);
        }
        let mut next = offset as usize;
        for unit in units {
            match unit.kind {
                UnitKind::Method => {
                    let ir = self.compile_unit(unit);
                    if next < self.methods.len() {
                        self.methods[next] = Some(ir);
                    }
                    next += 1;
                }
                UnitKind::DatabaseMethod => {
                    let ir = self.compile_unit(unit);
                    self.database_methods.insert(unit.name.to_lowercase(), ir);
                }
                _ => {}
            }
        }
        self.method_offset = 0;
        self.add_classes(units);
    }

    /// The names of the project's methods (class functions, which are
    /// methods of the program too, left out).
    pub fn project_method_names(&self) -> impl Iterator<Item = &Rc<str>> {
        self.method_names
            .iter()
            .zip(&self.methods)
            .filter(|(_, m)| m.as_ref().is_none_or(|m| m.owner.is_none()))
            .map(|(n, _)| n)
    }

    /// Adds a compiled method after the others (a class function); its
    /// number.
    pub(super) fn push_method(&mut self, name: &str, method: Method) -> u32 {
        let index = self.methods.len() as u32;
        let mut method = method;
        method.module = self.compiling_module;
        self.methods.push(Some(Rc::new(method)));
        self.method_names.push(Rc::from(name));
        index
    }

    /// What the compiler needs of the program.
    pub(super) fn globals(&mut self) -> Globals<'_> {
        Globals {
            process: &mut self.process,
            interprocess: &mut self.interprocess,
            methods: &self.method_names,
            method_offset: self.method_offset,
            natives: self.natives,
        }
    }

    pub(super) fn compile_unit(&mut self, unit: &ParsedUnit) -> Rc<Method> {
        let mut globals = self.globals();
        let mut method = Method::new(compile::compile_method(
            &unit.name,
            &unit.source,
            &unit.ast,
            unit.attributes.clone(),
            &mut globals,
        ));
        method.module = self.compiling_module;
        Rc::new(method)
    }

    /// The method with this name (case-insensitive), for `ON ERR CALL("name")`
    /// and callbacks given by name.
    pub fn method_by_name(&self, name: &str) -> Option<u32> {
        self.names.method(name)
    }

    /// Compiles a formula's expression in a scope of its own (`Formula from string`).
    pub fn compile_formula(
        &mut self,
        expr: &crate::syntax::ast::Expr,
        file: &Source,
    ) -> super::ir::FormulaBody {
        let mut globals = self.globals();
        compile::compile_formula(expr, file, &mut globals)
    }

    /// Compiles a method made from text at run time (`PROCESS 4D TAGS`
    /// turns a template into one): read with the project's names, in a
    /// scope of its own; the first syntax error is the error.
    pub fn compile_text_method(&mut self, name: &str, text: &str) -> Result<Rc<Method>, String> {
        let file = crate::source::SourceFile::new(name, text.to_string());
        let lexed = crate::syntax::lex(&file.text, &self.names);
        let (ast, errors) = crate::syntax::parser::parse(&file.text, lexed);
        if let Some(e) = errors.first() {
            return Err(e.message.clone());
        }
        let mut globals = self.globals();
        Ok(Rc::new(Method::new(compile::compile_method(
            name,
            &file,
            &ast,
            Default::default(),
            &mut globals,
        ))))
    }

    /// Compiles a REPL entry (or a `fourd eval` line) in the session's scope.
    pub fn compile_entry(&mut self, body: &crate::syntax::ast::Block, file: &Source) -> Rc<Method> {
        let mut scope = std::mem::take(&mut self.entry_scope);
        let mut globals = self.globals();
        let ir = compile::compile_entry(body, file, &mut scope, &mut globals);
        self.entry_scope = scope;
        Rc::new(Method::new(ir))
    }
}
