//! 4D values. Sixteen bytes each: numbers and dates inline; texts, objects and
//! collections behind reference counts, so reading a variable never copies them
//! and objects and collections are shared by reference, as in 4D.

use super::numeric::as_int32;
use super::props::Props;
use crate::conv::Date4D;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A text value. The `ascii` flag makes `$t[[$i]]` constant-time on ASCII text;
/// a text held by one owner grows in place (`$t:=$t+"x"`). Up to 24 bytes
/// live inside the shared box itself (`CompactString`): a short text is one
/// allocation, not two.
#[derive(Clone, Debug)]
pub struct Text(Rc<TextData>);

#[derive(Debug)]
pub struct TextData {
    s: compact_str::CompactString,
    ascii: bool,
    /// Where UTF-16 positions fall in `s`, for a long non-ASCII text: made
    /// by the first positional read (`[[ ]]`, `Substring`, `Length`), dropped
    /// when the text grows in place.
    marks: std::cell::OnceCell<Box<crate::conv::UnitMarks>>,
}

impl Text {
    pub fn new(s: String) -> Text {
        Text::from_compact(compact_str::CompactString::from(s))
    }

    /// The text of a whole number (`String(42)`), made without a heap string.
    pub fn from_whole(n: i64) -> Text {
        Text::from_compact(compact_str::ToCompactString::to_compact_string(&n))
    }

    fn from_compact(s: compact_str::CompactString) -> Text {
        let ascii = s.is_ascii();
        Text(Rc::new(TextData {
            s,
            ascii,
            marks: std::cell::OnceCell::new(),
        }))
    }

    /// The UTF-16 marks of a non-ASCII text long enough for a scan from its
    /// start to cost more than building them once; `None` otherwise.
    fn marks(&self) -> Option<&crate::conv::UnitMarks> {
        const WORTH_MARKING: usize = 256;
        if self.0.ascii || self.0.s.len() < WORTH_MARKING {
            return None;
        }
        Some(
            self.0
                .marks
                .get_or_init(|| Box::new(crate::conv::UnitMarks::new(&self.0.s))),
        )
    }

    /// `Length`: the number of UTF-16 code units (docs/language.md §16).
    pub fn len_units(&self) -> usize {
        if self.0.ascii {
            return self.0.s.len();
        }
        match self.marks() {
            Some(m) => m.len(),
            None => crate::conv::utf16_len(&self.0.s),
        }
    }

    /// `t[[i]]`: the character at UTF-16 position `i`, `""` out of range.
    pub fn char_at(&self, i: i64) -> &str {
        match self.marks() {
            Some(m) => crate::conv::char_at_marked(&self.0.s, m, i),
            None => crate::conv::char_at_known(&self.0.s, self.0.ascii, i),
        }
    }

    /// `Substring(t; first{; count})` (docs/language.md §16).
    pub fn substring(&self, first: i64, count: Option<i64>) -> std::borrow::Cow<'_, str> {
        crate::conv::substring_marked(&self.0.s, self.marks(), first, count)
    }

    pub fn as_str(&self) -> &str {
        &self.0.s
    }

    pub fn is_ascii(&self) -> bool {
        self.0.ascii
    }

    /// Appends in place when this is the only reference (`None` when it is
    /// shared: the caller makes a new text of the exact size instead).
    pub fn try_push_str(&mut self, tail: &str) -> Option<()> {
        let data = Rc::get_mut(&mut self.0)?;
        data.s.push_str(tail);
        data.ascii &= tail.is_ascii();
        data.marks.take();
        Some(())
    }

    /// Appends in place when this is the only reference, else copies once.
    pub fn push_str(&mut self, tail: &str) {
        match Rc::get_mut(&mut self.0) {
            Some(data) => {
                data.s.push_str(tail);
                data.ascii &= tail.is_ascii();
                data.marks.take();
            }
            None => {
                let mut s =
                    compact_str::CompactString::with_capacity((self.0.s.len() + tail.len()) * 2);
                s.push_str(&self.0.s);
                s.push_str(tail);
                *self = Text::from_compact(s);
            }
        }
    }
}

thread_local! {
    /// One-character ASCII texts, shared: `$t[[$i]]` allocates nothing.
    static ASCII_CHARS: Vec<Text> = (0u8..128).map(|b| Text::from((b as char).to_string())).collect();
}

/// A one-character text (`$t[[$i]]`): an ASCII character is a shared text.
pub fn char_text(s: &str) -> Value {
    if s.len() == 1 && s.as_bytes()[0] < 128 {
        return ASCII_CHARS.with(|t| Value::Text(t[s.as_bytes()[0] as usize].clone()));
    }
    Value::text(s)
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::from_compact(compact_str::CompactString::new(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new(s)
    }
}

/// An object: properties in creation order (see `Props`: small objects are
/// searched linearly, big ones through an index); names are case-sensitive.
#[derive(Debug, Default, Clone)]
pub struct Object {
    pub props: Props,
    /// Created by `New shared object`: changes need `Use` (docs/language.md §12.3).
    pub shared: bool,
    /// What few objects carry: a class, a native payload. Boxed: a thin
    /// pointer keeps every object 16 bytes smaller (objects are many;
    /// classed ones are few).
    pub meta: Option<Box<ObjectMeta>>,
}

/// The parts of an object most objects do not have.
#[derive(Debug, Default, Clone)]
pub struct ObjectMeta {
    /// The class of an instance (`cs.Person.new()`) or of a built-in class
    /// object; none for a plain object (a `4D.Object`).
    pub class: Option<ClassRef>,
    /// Native data of an instance of a built-in class (a `4D.File`'s path,
    /// an entity's record…), which the class's member functions read. A copy
    /// of the object shares it.
    pub native: Option<Rc<dyn Any>>,
}

/// A class, as its instances and class objects refer to it.
#[derive(Debug, Default)]
pub struct Class {
    pub name: Rc<str>,
    pub superclass: Option<ClassRef>,
    /// One of 4D's built-in classes (the `4D` store), whose member functions
    /// are declared rows; else a class of the project (`cs`).
    pub built_in: bool,
    /// What a project's class defines (its functions, computed properties,
    /// constructor); none for a built-in class.
    pub user: Option<Box<super::class::UserClass>>,
}

pub type ClassRef = Rc<Class>;

impl Object {
    /// An empty object of a class, carrying native data (an instance of a
    /// built-in class) or not.
    pub fn of_class(class: ClassRef, native: Option<Rc<dyn Any>>) -> Object {
        Object {
            meta: Some(Box::new(ObjectMeta {
                class: Some(class),
                native,
            })),
            ..Object::default()
        }
    }

    /// The object's class (none: a plain object, a `4D.Object`).
    pub fn class(&self) -> Option<&ClassRef> {
        self.meta.as_ref()?.class.as_ref()
    }

    /// The native data the object carries, if it is a `T`.
    pub fn native<T: Any>(&self) -> Option<&T> {
        self.meta.as_ref()?.native.as_ref()?.downcast_ref()
    }

    /// The native data the object carries, if it is a `T`, shared.
    pub fn native_rc<T: Any>(&self) -> Option<Rc<T>> {
        self.meta.as_ref()?.native.clone()?.downcast().ok()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.props.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.props.get_mut(key)
    }

    pub fn set(&mut self, key: Rc<str>, value: Value) {
        self.props.set(key, value)
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.props.remove(key)
    }
}

/// A collection: 0-based, elements of any type.
#[derive(Debug, Default, Clone)]
pub struct Collection {
    pub items: Vec<Value>,
    pub shared: bool,
}

pub type ObjRef = Rc<RefCell<Object>>;
pub type CollRef = Rc<RefCell<Collection>>;

/// The element type of an array (`ARRAY TEXT` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayKind {
    Text,
    Real,
    Integer,
    Boolean,
    Date,
    Time,
    Object,
    Pointer,
    Picture,
    Blob,
    Collection,
}

/// A 4D array. Element 0 exists and is not counted by `Size of array`.
#[derive(Debug, Clone)]
pub struct Array {
    pub kind: ArrayKind,
    /// `items[0]` is element 0.
    pub items: Vec<Value>,
    /// A two-dimensional array (`ARRAY TEXT($a; rows; columns)`): each item
    /// is a row, itself a one-dimensional array of `kind` (arrays.md).
    pub rows: bool,
}

impl Array {
    /// A one-dimensional array of `kind` with these items (element 0 first).
    pub fn new(kind: ArrayKind, items: Vec<Value>) -> Array {
        Array {
            kind,
            items,
            rows: false,
        }
    }
}

/// What a pointer designates.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A local of one method invocation, identified by the frame's serial
    /// number so a pointer outliving its method fails cleanly.
    Local {
        frame: u64,
        slot: u32,
        name: Rc<str>,
    },
    Process {
        id: u32,
    },
    Interprocess {
        id: u32,
    },
    /// One element of the array the base designates.
    Element {
        array: Box<Target>,
        index: i64,
    },
    /// A table or field: fourd has no database.
    Field {
        name: Rc<str>,
    },
}

/// A formula object (`Formula(…)`, `Formula from string`): a `4D.Function`,
/// with the creating method's locals it names copied in.
pub struct Formula {
    pub source: Rc<str>,
    pub body: Rc<super::ir::FormulaBody>,
    pub captured: Vec<Slot>,
}

impl std::fmt::Debug for Formula {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Formula({})", self.source)
    }
}

/// A 4D value.
///
/// `repr(u64)`: the kind is a whole word, not a byte. A value is written
/// kind and payload apart and then moved as a whole, often at once (results,
/// slots, frames); with a one-byte kind that move read sixteen bytes just
/// written as one, which the processor cannot forward from its store
/// buffer and waits for (perf annotate: the hottest instructions of a
/// call). The size is the same sixteen bytes; fib -16 %, sieve -39 %,
/// objects -26 % in wall time.
#[derive(Clone, Debug, Default)]
#[repr(u64)]
pub enum Value {
    /// No value at all (a missing property, an unassigned Variant).
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Real(f64),
    Text(Text),
    Date(Date4D),
    /// Seconds.
    Time(i64),
    Object(ObjRef),
    Collection(CollRef),
    Pointer(Rc<Target>),
    Array(Rc<RefCell<Array>>),
    Formula(Rc<Formula>),
    /// A picture: opaque in fourd.
    Opaque(OpaqueKind),
    /// A BLOB: bytes with value semantics (assigning one copies it), shared
    /// until one copy changes (`Rc::make_mut`).
    Blob(Rc<Vec<u8>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpaqueKind {
    Picture,
}

/// 4D's type codes, as `Value type` and `Type` return them.
pub mod type_code {
    pub const REAL: i64 = 1;
    pub const TEXT: i64 = 2;
    pub const PICTURE: i64 = 3;
    pub const DATE: i64 = 4;
    pub const UNDEFINED: i64 = 5;
    pub const BOOLEAN: i64 = 6;
    pub const LONGINT: i64 = 9;
    pub const TIME: i64 = 11;
    pub const VARIANT: i64 = 12;
    pub const POINTER: i64 = 23;
    pub const BLOB: i64 = 30;
    pub const OBJECT: i64 = 38;
    pub const COLLECTION: i64 = 42;
    pub const NULL: i64 = 255;
    pub const TEXT_ARRAY: i64 = 18;
    pub const REAL_ARRAY: i64 = 14;
    pub const LONGINT_ARRAY: i64 = 16;
    pub const INTEGER_ARRAY: i64 = 15;
    pub const BOOLEAN_ARRAY: i64 = 22;
    pub const DATE_ARRAY: i64 = 17;
    pub const TIME_ARRAY: i64 = 32;
    pub const OBJECT_ARRAY: i64 = 39;
    pub const POINTER_ARRAY: i64 = 20;
    pub const PICTURE_ARRAY: i64 = 19;
    pub const BLOB_ARRAY: i64 = 31;
    /// A two-dimensional array of any element type.
    pub const ARRAY_2D: i64 = 13;
}

impl Value {
    pub fn text(s: impl Into<Text>) -> Value {
        Value::Text(s.into())
    }

    pub fn int(n: i64) -> Value {
        Value::Real(n as f64)
    }

    pub fn new_object(props: Vec<(Rc<str>, Value)>) -> Value {
        Value::Object(Rc::new(RefCell::new(Object {
            props: props.into(),
            ..Object::default()
        })))
    }

    pub fn new_collection(items: Vec<Value>) -> Value {
        Value::Collection(Rc::new(RefCell::new(Collection {
            items,
            shared: false,
        })))
    }

    /// The name of the value's type, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined => "Undefined",
            Value::Null => "Null",
            Value::Bool(_) => "Boolean",
            Value::Real(_) => "Number",
            Value::Text(_) => "Text",
            Value::Date(_) => "Date",
            Value::Time(_) => "Time",
            Value::Object(_) | Value::Formula(_) => "Object",
            Value::Collection(_) => "Collection",
            Value::Pointer(_) => "Pointer",
            Value::Array(_) => "Array",
            Value::Opaque(OpaqueKind::Picture) => "Picture",
            Value::Blob(_) => "Blob",
        }
    }

    /// `Value type` (docs/language.md §7): every number is Real.
    pub fn value_type(&self) -> i64 {
        use type_code::*;
        match self {
            Value::Undefined => UNDEFINED,
            Value::Null => NULL,
            Value::Bool(_) => BOOLEAN,
            Value::Real(_) => REAL,
            Value::Text(_) => TEXT,
            Value::Date(_) => DATE,
            Value::Time(_) => TIME,
            Value::Object(_) | Value::Formula(_) => OBJECT,
            Value::Collection(_) => COLLECTION,
            Value::Pointer(_) => POINTER,
            Value::Array(a) if a.borrow().rows => ARRAY_2D,
            Value::Array(a) => array_type_code(a.borrow().kind),
            Value::Opaque(OpaqueKind::Picture) => PICTURE,
            Value::Blob(_) => BLOB,
        }
    }

    /// 4D's truthiness, used by `&&`, `||` and `? :` only (docs/language.md §6).
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Real(_) | Value::Time(_) => true,
            Value::Text(t) => !t.as_str().is_empty(),
            Value::Date(d) => !d.is_null(),
            Value::Object(o) => !o.borrow().props.is_empty(),
            Value::Formula(_) => true,
            Value::Collection(c) => !c.borrow().items.is_empty(),
            Value::Pointer(_) | Value::Array(_) => true,
            Value::Opaque(_) | Value::Blob(_) => false,
        }
    }

    pub fn is_null_or_undefined(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    /// A deep copy of objects and collections (`OB Copy`, `.copy()`); other
    /// values are already immutable.
    pub fn deep_copy(&self) -> Value {
        self.deep_copy_depth(0)
    }

    fn deep_copy_depth(&self, depth: usize) -> Value {
        if depth > 512 {
            return Value::Null;
        }
        match self {
            Value::Object(o) => {
                let o = o.borrow();
                let props = o
                    .props
                    .iter()
                    .map(|(k, v)| (k.clone(), v.deep_copy_depth(depth + 1)))
                    .collect();
                Value::Object(Rc::new(RefCell::new(Object {
                    props,
                    shared: false,
                    meta: o.meta.clone(),
                })))
            }
            Value::Collection(c) => {
                let items = c
                    .borrow()
                    .items
                    .iter()
                    .map(|v| v.deep_copy_depth(depth + 1))
                    .collect();
                Value::new_collection(items)
            }
            other => other.clone(),
        }
    }
}

/// A value as an object property or a collection element holds it: a time
/// becomes its number of milliseconds, a Real (`New collection`, `dt_object.md`:
/// "Time: 0 (number of ms)"); every other value is kept.
#[inline]
pub fn stored(v: Value) -> Value {
    match v {
        Value::Time(t) => Value::Real(crate::conv::time::to_millis(t)),
        v => v,
    }
}

pub fn array_type_code(kind: ArrayKind) -> i64 {
    use type_code::*;
    match kind {
        ArrayKind::Text => TEXT_ARRAY,
        ArrayKind::Real => REAL_ARRAY,
        ArrayKind::Integer => LONGINT_ARRAY,
        ArrayKind::Boolean => BOOLEAN_ARRAY,
        ArrayKind::Date => DATE_ARRAY,
        ArrayKind::Time => TIME_ARRAY,
        ArrayKind::Object => OBJECT_ARRAY,
        ArrayKind::Pointer => POINTER_ARRAY,
        ArrayKind::Picture => PICTURE_ARRAY,
        ArrayKind::Blob => BLOB_ARRAY,
        ArrayKind::Collection => OBJECT_ARRAY,
    }
}

/// The declared type of a variable: what it accepts and its default value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VarType {
    /// Neither declared nor assigned: reading it is error -30002.
    #[default]
    Undeclared,
    /// Assigned without declaration: takes any value and its type.
    Dynamic,
    Variant,
    Text,
    Real,
    Integer,
    Boolean,
    Date,
    Time,
    Object,
    Collection,
    Pointer,
    Picture,
    Blob,
    Array(ArrayKind),
}

impl VarType {
    /// The value a declared variable starts with (docs/language.md §7).
    #[inline]
    pub fn default_value(self) -> Value {
        match self {
            VarType::Undeclared | VarType::Dynamic | VarType::Variant => Value::Undefined,
            VarType::Text => Value::text(""),
            VarType::Real | VarType::Integer => Value::Real(0.0),
            VarType::Boolean => Value::Bool(false),
            VarType::Date => Value::Date(Date4D::NULL),
            VarType::Time => Value::Time(0),
            VarType::Object | VarType::Collection | VarType::Pointer => Value::Null,
            VarType::Picture => Value::Opaque(OpaqueKind::Picture),
            VarType::Blob => Value::Blob(Rc::default()),
            VarType::Array(kind) => Value::Array(Rc::new(RefCell::new(Array::new(
                kind,
                vec![element_default(kind)],
            )))),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            VarType::Undeclared | VarType::Dynamic | VarType::Variant => "Variant",
            VarType::Text => "Text",
            VarType::Real => "Real",
            VarType::Integer => "Integer",
            VarType::Boolean => "Boolean",
            VarType::Date => "Date",
            VarType::Time => "Time",
            VarType::Object => "Object",
            VarType::Collection => "Collection",
            VarType::Pointer => "Pointer",
            VarType::Picture => "Picture",
            VarType::Blob => "Blob",
            VarType::Array(_) => "Array",
        }
    }

    /// `Type` of a variable of this type.
    pub fn type_code(self) -> i64 {
        use type_code::*;
        match self {
            VarType::Undeclared | VarType::Dynamic | VarType::Variant => VARIANT,
            VarType::Text => TEXT,
            VarType::Real => REAL,
            VarType::Integer => LONGINT,
            VarType::Boolean => BOOLEAN,
            VarType::Date => DATE,
            VarType::Time => TIME,
            VarType::Object => OBJECT,
            VarType::Collection => COLLECTION,
            VarType::Pointer => POINTER,
            VarType::Picture => PICTURE,
            VarType::Blob => BLOB,
            VarType::Array(k) => array_type_code(k),
        }
    }
}

/// One variable: its value and its declared type.
#[derive(Debug, Clone, Default)]
pub struct Slot {
    pub value: Value,
    pub ty: VarType,
}

/// The default value of one element of an array of this kind.
pub fn element_default(kind: ArrayKind) -> Value {
    match kind {
        ArrayKind::Text => Value::text(""),
        ArrayKind::Real | ArrayKind::Integer => Value::Real(0.0),
        ArrayKind::Boolean => Value::Bool(false),
        ArrayKind::Date => Value::Date(Date4D::NULL),
        ArrayKind::Time => Value::Time(0),
        ArrayKind::Object | ArrayKind::Pointer | ArrayKind::Collection => Value::Null,
        ArrayKind::Picture => Value::Opaque(OpaqueKind::Picture),
        ArrayKind::Blob => Value::Blob(Rc::default()),
    }
}

/// Rounds to the nearest integer (halves away from zero) and wraps to 32 bits,
/// as an assignment to an Integer variable does (docs/language.md §7).
#[inline]
pub fn to_integer(x: f64) -> f64 {
    // Already a 32-bit whole number: the usual case, no rounding call.
    if as_int32(x).is_some() {
        return x;
    }
    if !x.is_finite() {
        return 0.0;
    }
    let r = x.round();
    if r >= i32::MIN as f64 && r <= i32::MAX as f64 {
        return r;
    }
    (r.rem_euclid(4_294_967_296.0) as i64 as u32 as i32) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_small() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        // With its reference count and borrow flag, an object's box is 64 bytes.
        assert_eq!(std::mem::size_of::<Object>(), 40);
    }

    #[test]
    fn integer_rounding_and_wrapping() {
        assert_eq!(to_integer(3.7), 4.0);
        assert_eq!(to_integer(-2.5), -3.0);
        assert_eq!(to_integer(2147483648.0), -2147483648.0);
        assert_eq!(to_integer(f64::NAN), 0.0);
    }

    #[test]
    fn text_appends_in_place_when_alone() {
        let mut t = Text::from("ab");
        let alone = Rc::as_ptr(&t.0);
        t.push_str("c");
        assert_eq!(t.as_str(), "abc");
        assert_eq!(Rc::as_ptr(&t.0), alone, "a text held once grows in place");
        let shared = t.clone();
        t.push_str("é");
        assert_eq!((t.as_str(), shared.as_str()), ("abcé", "abc"));
        assert_ne!(
            Rc::as_ptr(&t.0),
            alone,
            "a shared text is copied, not changed"
        );
        assert!(!t.is_ascii() && shared.is_ascii());
    }

    #[test]
    fn an_object_carries_its_class_and_native_data() {
        let file = Rc::new(Class {
            name: Rc::from("File"),
            superclass: None,
            built_in: true,
            user: None,
        });
        let o = Object::of_class(file, Some(Rc::new(String::from("/tmp/a.txt"))));
        assert_eq!(o.class().map(|c| &*c.name), Some("File"));
        assert_eq!(o.native::<String>().map(String::as_str), Some("/tmp/a.txt"));
        assert_eq!(
            o.native::<i64>(),
            None,
            "a payload is read as its own type only"
        );
        let copy = Value::Object(Rc::new(RefCell::new(o))).deep_copy();
        let Value::Object(copy) = copy else {
            panic!("a copy of an object is an object")
        };
        assert_eq!(
            copy.borrow().native::<String>().map(String::as_str),
            Some("/tmp/a.txt")
        );
        assert!(Object::default().class().is_none());
    }

    #[test]
    fn texts_grow_past_the_inline_size_and_stay_shared_safely() {
        let mut t = Text::from("0123456789");
        let shared = t.clone();
        assert!(
            t.try_push_str("x").is_none(),
            "a shared text is not changed in place"
        );
        drop(shared);
        for _ in 0..5 {
            assert!(t.try_push_str("0123456789").is_some());
        }
        assert_eq!(t.as_str().len(), 60);
        assert!(t.as_str().starts_with("01234567890123456789"));
    }

    #[test]
    fn whole_numbers_as_text() {
        assert_eq!(Text::from_whole(-42).as_str(), "-42");
        assert_eq!(
            Text::from_whole(9_999_999_999_999).as_str(),
            "9999999999999"
        );
        assert_eq!(Text::from_whole(0).as_str(), crate::conv::format_real(-0.0));
    }

    #[test]
    fn truthiness() {
        assert!(!Value::text("").truthy());
        assert!(Value::Real(0.0).truthy());
        assert!(!Value::new_collection(vec![]).truthy());
        assert!(!Value::Date(Date4D::NULL).truthy());
    }
}
