//! State that native code keeps between calls (the environment variables
//! `SET ENVIRONMENT VARIABLE` set, the database parameters, the loaded
//! XLIFF strings…), owned by the interpreter but typed by the built-ins: the
//! interpreter stores each kind once, by its Rust type, without knowing it,
//! so a theme adds state without touching the interpreter.

use std::any::{Any, TypeId};
use std::collections::HashMap;

/// One value per type, made the first time it is asked for.
#[derive(Default)]
pub struct NativeState {
    values: HashMap<TypeId, Box<dyn Any>>,
}

impl NativeState {
    /// The state of type `T`, made with `T::default()` on first use.
    pub fn get<T: Any + Default>(&mut self) -> &mut T {
        self.values
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("stored under its own type id")
    }

    /// The state of type `T`, if it was ever made.
    pub fn peek<T: Any>(&self) -> Option<&T> {
        self.values.get(&TypeId::of::<T>())?.downcast_ref()
    }
}

impl std::fmt::Debug for NativeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NativeState({} kinds)", self.values.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Counter(u32);

    #[test]
    fn each_type_has_one_value_made_on_first_use() {
        let mut s = NativeState::default();
        assert!(s.peek::<Counter>().is_none());
        s.get::<Counter>().0 += 2;
        s.get::<Counter>().0 += 3;
        assert_eq!(s.peek::<Counter>().map(|c| c.0), Some(5));
        *s.get::<String>() = "x".into();
        assert_eq!(s.peek::<Counter>().map(|c| c.0), Some(5));
    }
}
