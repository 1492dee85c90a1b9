//! [`Obj`]: template values built field by field, in the order written (tera's
//! `preserve_order`), without an intermediate serde structure.

use serde::Serialize;
use tera::{Map, Value};

/// A map under construction.
#[derive(Default)]
pub struct Obj(Map);

impl Obj {
    /// An empty map.
    pub fn new() -> Self {
        Obj(Map::new())
    }

    /// A map to add to.
    pub fn from_map(map: Map) -> Self {
        Obj(map)
    }

    /// Sets `key`.
    pub fn set(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.0.insert(key.into(), value.into());
        self
    }

    /// Sets `key` to any serialisable value.
    pub fn ser(self, key: &'static str, value: &impl Serialize) -> Self {
        self.set(key, Value::from_serializable(value))
    }

    /// Sets `key` to HTML that templates print without escaping.
    pub fn html(self, key: &'static str, html: &str) -> Self {
        self.set(key, Value::safe_string(html))
    }

    /// Sets `key` to the value, or none.
    pub fn opt(self, key: &'static str, value: Option<impl Into<Value>>) -> Self {
        self.set(key, value.map_or_else(Value::none, Into::into))
    }

    /// Adds every field of `other`, in its order.
    pub fn merge(mut self, other: Obj) -> Self {
        self.0.extend(other.0);
        self
    }

    /// The finished value.
    pub fn done(self) -> Value {
        Value::from(self.0)
    }
}
