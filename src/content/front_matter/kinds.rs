//! What the page kinds carry besides an article's keys: a model's profile, an
//! achievement's figures, and an award's decision with its recipients.

use serde::{Deserialize, Serialize};

use super::Scalar;

/// An exemplary model profiled by a page.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelInfo {
    /// Person or collective.
    #[serde(default)]
    pub name: Option<String>,
    /// "tập thể" or "cá nhân".
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Their unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Their province.
    #[serde(default)]
    pub province: Option<String>,
    /// What they did.
    #[serde(default)]
    pub achievement: Option<String>,
}

/// A figure reported by an achievement page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// What is measured.
    pub label: String,
    /// The figure.
    pub value: f64,
    /// Its unit ("xã", "%").
    #[serde(default)]
    pub unit: Option<String>,
    /// The target, if any.
    #[serde(default)]
    pub target: Option<f64>,
    /// The year it refers to.
    #[serde(default)]
    pub year: Option<i32>,
}

/// An award decision and its recipients.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    /// "Quyết định số …".
    #[serde(default)]
    pub decision: Option<String>,
    /// Date of the decision.
    #[serde(default)]
    pub date: Option<Scalar>,
    /// Who issued it.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Who received it.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
}

/// One recipient of an award.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// Person or collective.
    pub name: String,
    /// Their unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Their province.
    #[serde(default)]
    pub province: Option<String>,
    /// Form of award ("Bằng khen", "Cờ thi đua").
    #[serde(default)]
    pub form: Option<String>,
    /// "tập thể" or "cá nhân".
    #[serde(default)]
    pub kind: Option<String>,
    /// Overrides the Vietnamese sort order.
    #[serde(default)]
    pub sort_key: Option<String>,
}

impl Recipient {
    /// The key that orders award recipients: an explicit `sort_key` first, else
    /// people by given name and collectives by their full name. One kind of key for
    /// everyone, so the order never depends on the order written.
    pub fn sort_key(&self) -> crate::text::collate::SortKey {
        use crate::text::collate;
        let is_person = self
            .kind
            .as_deref()
            .is_some_and(|k| crate::text::fold::fold(k).contains("ca nhan"));
        match &self.sort_key {
            Some(key) => collate::key_sort_key(key),
            None if is_person => collate::person_sort_key(&self.name),
            None => collate::sort_key(&self.name),
        }
    }
}
