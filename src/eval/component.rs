//! Components in the program (4d/docs docs/Extensions/develop-components.md):
//! a component's methods and class functions are methods of the program,
//! numbered after the host's and marked with the component's module, so
//! that its code sees its own `cs` and its own methods; its classes are kept
//! apart from the host's, and reached from the host as `cs.<namespace>`
//! when the component declares a namespace. A name called by text (`ON ERR
//! CALL`, a formula's method name) means the component's own method first.
//! The host does not yet call a component's shared methods by name.

use super::program::Program;
use super::value::ClassRef;
use crate::check::ParsedUnit;
use crate::project::UnitKind;
use std::ops::Range;
use std::path::PathBuf;
use std::rc::Rc;

/// One loaded component.
#[derive(Debug, Default)]
pub struct Component {
    /// Its name (the folder's, without `.4dbase`).
    pub name: Rc<str>,
    /// `cs.<namespace>` in the host (settings' "Component namespace in the
    /// class store"); none: its classes stay inside it.
    pub namespace: Option<Rc<str>>,
    /// The component's project root (holds its `Project/`).
    pub root: PathBuf,
    /// Its classes, in the order they were made.
    pub classes: Vec<ClassRef>,
    /// The program's methods that are its code (project methods, then class
    /// functions).
    pub methods: Range<u32>,
}

/// What the runner hands over for one component.
pub struct ComponentSource<'a> {
    pub name: &'a str,
    pub namespace: Option<&'a str>,
    pub root: PathBuf,
    /// Its method names, in the order its lexer numbered them.
    pub method_names: &'a [&'a str],
    pub units: &'a [ParsedUnit],
}

impl Program {
    /// Compiles a component's methods and classes into the program (after
    /// the host's). Returns its module number (1 for the first component).
    pub fn add_component(&mut self, source: ComponentSource) -> u16 {
        let module = (self.components.len() + 1) as u16;
        let offset = self.methods.len() as u32;
        self.method_offset = offset;
        self.compiling_module = module;
        for name in source.method_names {
            self.method_names.push(Rc::from(*name));
            self.methods.push(None);
        }
        let methods = source.units.iter().filter(|u| u.kind == UnitKind::Method);
        for (at, unit) in (offset as usize..).zip(methods) {
            let method = self.compile_unit(unit);
            if let Some(slot) = self.methods.get_mut(at) {
                *slot = Some(method);
            }
        }
        // The component's classes are made in a class store of their own:
        // the host's are set aside meanwhile, so that `Class extends` and
        // `cs` inside the component find the component's classes.
        let host_classes = std::mem::take(&mut self.classes);
        let host_index = std::mem::take(&mut self.class_index);
        self.add_classes(source.units);
        let classes = std::mem::replace(&mut self.classes, host_classes);
        self.class_index = host_index;
        self.components.push(Component {
            name: Rc::from(source.name),
            namespace: source.namespace.map(Rc::from),
            root: source.root,
            classes,
            methods: offset..self.methods.len() as u32,
        });
        self.method_offset = 0;
        self.compiling_module = 0;
        module
    }

    /// The component whose code a method of `module` is (none: the host).
    pub fn component(&self, module: u16) -> Option<&Component> {
        usize::from(module)
            .checked_sub(1)
            .and_then(|i| self.components.get(i))
    }

    /// The method a name means in the code of `module` (`ON ERR CALL`,
    /// a method called by name): a component's own method first, else the
    /// host's.
    pub fn method_in(&self, module: u16, name: &str) -> Option<u32> {
        let own = self.component(module).and_then(|c| {
            (c.methods.start..c.methods.end).find(|&m| {
                self.method_names
                    .get(m as usize)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
        });
        own.or_else(|| self.method_by_name(name))
    }
}
