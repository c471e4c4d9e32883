//! Turning a project's class files into classes: each function compiled as
//! a method of the program (so it runs, compiled or walked, as project
//! methods do), then the classes made parent first, so that each holds its
//! superclass (docs/Concepts/classes.md, "Class extends").

use super::class::UserClass;
use super::compile;
use super::method::{Method, Owner};
use super::program::Program;
use super::value::{Class, ClassRef};
use crate::check::ParsedUnit;
use crate::project::UnitKind;
use crate::syntax::ast::{self, FunctionKind};
use crate::syntax::token::Modifier;
use std::collections::HashMap;
use std::rc::Rc;

/// A class file compiled, before its superclass is known.
struct Compiled {
    name: Rc<str>,
    extends: Option<Rc<str>>,
    user: UserClass,
}

/// The class every user class extends when it names none, and a class that
/// extends a class of 4D's store (`4D.Object`…) or an unknown one gets:
/// a built-in class by name.
fn built_in(name: &str) -> ClassRef {
    Rc::new(Class {
        name: Rc::from(name),
        built_in: true,
        ..Class::default()
    })
}

impl Program {
    /// Adds the classes of `units` (their class files; other units are left
    /// alone). A class loaded again (the REPL's `:load`) replaces the old one.
    pub fn add_classes(&mut self, units: &[ParsedUnit]) {
        let compiled: Vec<Compiled> = units
            .iter()
            .filter(|u| u.kind == UnitKind::Class)
            .map(|u| self.compile_class(u))
            .collect();
        if compiled.is_empty() {
            return;
        }
        let mut pending: HashMap<Rc<str>, Compiled> =
            compiled.into_iter().map(|c| (c.name.clone(), c)).collect();
        let mut names: Vec<Rc<str>> = pending.keys().cloned().collect();
        names.sort();
        // A class whose chain of `Class extends` comes back to itself is
        // made with 4D.Object as its parent and marked broken: `new()`
        // refuses it (the checker reports the cycle).
        for name in &names {
            let mut seen: Vec<&str> = vec![name];
            let mut at = pending[name].extends.clone();
            while let Some(parent) = at {
                if parent == *name {
                    let why = format!("Class '{name}' extends itself");
                    if let Some(c) = pending.get_mut(name) {
                        c.user.broken = Some(why);
                    }
                    break;
                }
                let Some(next) = pending.get(&parent) else {
                    break;
                };
                if seen.contains(&&*parent) {
                    break;
                }
                seen.push(next.name.as_ref());
                at = next.extends.clone();
            }
        }
        let object = built_in("Object");
        for name in names {
            self.make_class(&name, &mut pending, &object);
        }
    }

    /// Makes class `name` (and first its superclass, if it is pending too).
    fn make_class(
        &mut self,
        name: &Rc<str>,
        pending: &mut HashMap<Rc<str>, Compiled>,
        object: &ClassRef,
    ) -> Option<ClassRef> {
        let Some(c) = pending.remove(name) else {
            return self.class(name);
        };
        let superclass =
            match &c.extends {
                _ if c.user.broken.is_some() => object.clone(),
                None => object.clone(),
                Some(parent) => self.make_class(parent, pending, object).unwrap_or_else(|| {
                    match parent.strip_prefix("4D.").unwrap_or(parent) {
                        "Object" => object.clone(),
                        other => built_in(other),
                    }
                }),
            };
        let class = Rc::new(Class {
            name: c.name.clone(),
            superclass: Some(superclass),
            built_in: false,
            user: Some(Box::new(c.user)),
        });
        match self.class_index.get(name) {
            Some(&i) => self.classes[i] = class.clone(),
            None => {
                self.class_index.insert(name.clone(), self.classes.len());
                self.classes.push(class.clone());
            }
        }
        Some(class)
    }

    /// Compiles one class file's functions into methods of the program.
    fn compile_class(&mut self, unit: &ParsedUnit) -> Compiled {
        let name: Rc<str> = Rc::from(unit.name.as_str());
        let ast = &unit.ast;
        let mut user = UserClass::default();
        for f in &ast.functions {
            let shown = match f.kind {
                FunctionKind::Constructor => format!("{name}.constructor"),
                FunctionKind::Getter => format!("{name}.get {}", f.name),
                FunctionKind::Setter => format!("{name}.set {}", f.name),
                FunctionKind::Function => format!("{name}.{}", f.name),
            };
            let index = self.add_function(&shown, unit, f, &name);
            let fname: Rc<str> = Rc::from(&*f.name);
            let shared = f.modifiers.contains(&Modifier::Shared);
            match f.kind {
                FunctionKind::Constructor => {
                    // A second constructor is the checker's error; the first counts.
                    if user.constructor.is_none() {
                        user.constructor = Some(index);
                        user.shared = shared || f.modifiers.contains(&Modifier::Session);
                        user.singleton = f.modifiers.contains(&Modifier::Singleton);
                        user.session_singleton =
                            user.singleton && f.modifiers.contains(&Modifier::Session);
                    }
                }
                FunctionKind::Function => user.functions.push((fname.clone(), index)),
                FunctionKind::Getter => user.getters.push((fname.clone(), index)),
                FunctionKind::Setter => user.setters.push((fname.clone(), index)),
            }
            if shared && f.kind != FunctionKind::Constructor {
                user.shared_functions.push(fname);
            }
        }
        for p in &ast.properties {
            for (n, _) in &p.names {
                user.properties.push((
                    Rc::from(&**n),
                    p.ty.as_ref().map(|t| Rc::from(t.kind.name())),
                ));
            }
        }
        user.init = self.add_initializer(unit, &name);
        Compiled {
            extends: ast.extends.as_ref().map(|(n, _)| {
                let n: &str = n;
                Rc::from(n.strip_prefix("cs.").unwrap_or(n))
            }),
            name,
            user,
        }
    }

    /// Compiles one function as a method numbered after the others.
    fn add_function(
        &mut self,
        shown: &str,
        unit: &ParsedUnit,
        f: &ast::FunctionDef,
        class: &Rc<str>,
    ) -> u32 {
        let id = match self.class_names.iter().position(|n| n == class) {
            Some(i) => i as u32,
            None => {
                self.class_names.push(class.clone());
                (self.class_names.len() - 1) as u32
            }
        };
        let mut globals = self.globals();
        let ir = compile::compile_function(shown, &unit.source, f, &mut globals);
        let method = Method::of_class(
            ir,
            Owner {
                class: id,
                kind: f.kind,
            },
        );
        self.push_method(shown, method)
    }

    /// The `property name := value` lines of a class, as one method that
    /// sets them on `This` (run by `new()` before the constructor).
    fn add_initializer(&mut self, unit: &ParsedUnit, class: &Rc<str>) -> Option<u32> {
        let body = super::class::initializer_body(&unit.ast.properties)?;
        let def = ast::FunctionDef {
            modifiers: Vec::new(),
            kind: FunctionKind::Function,
            name: "property".into(),
            name_span: crate::source::Span::new(0, 0),
            signature: ast::Signature::default(),
            body,
            span: crate::source::Span::new(0, 0),
        };
        let shown = format!("{class}.property");
        Some(self.add_function(&shown, unit, &def, class))
    }

    /// A user class by name (case-sensitive, as 4D's class names are).
    pub fn class(&self, name: &str) -> Option<ClassRef> {
        self.class_index.get(name).map(|&i| self.classes[i].clone())
    }
}
