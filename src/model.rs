//! The canonical resume (`shared/spec/RESUME_MODEL.md`).
//!
//! Field names follow the driver resume model of the central server so that the upload is a
//! rename-free mapping. Unknown values are `None` / empty: never a guess, never a placeholder.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a contact value (phone or email) appeared on the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactState {
    /// A clear, usable value: the only state that may be used as identity or sent to central.
    Clear,
    /// Partly hidden by the board (`138****1234`).
    Masked,
    /// A board's privacy relay number: reaches the person today, but is not theirs.
    Virtual,
    /// Private-use code points drawn by a per-page web font (58同城).
    Obfuscated,
    #[default]
    Absent,
}

impl ContactState {
    pub fn is_clear(self) -> bool {
        self == ContactState::Clear
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Resume {
    pub real_name: Option<String>,
    pub name_masked: Option<String>,
    pub gender: Option<String>,
    pub age: Option<i64>,
    pub birth_date: Option<String>,
    pub married: Option<i64>,
    pub living_place: Option<String>,
    pub birth_place: Option<String>,
    pub phone: Option<String>,
    pub phone_state: ContactState,
    pub phone_masked: Option<String>,
    pub email: Option<String>,
    pub email_state: ContactState,
    pub email_masked: Option<String>,
    pub education: Option<i64>,
    pub education_level: Option<String>,
    pub work_experience: Option<i64>,
    pub status: Option<i64>,
    pub want_job: Option<bool>,
    pub target_city: Option<String>,
    pub expected_regions: Vec<String>,
    pub expected_salary: Vec<i64>,
    pub target_post: Option<String>,
    pub self_evaluation: Option<String>,
    pub dl_license_class: Option<String>,
    pub dl_license_classes: Vec<String>,
    pub driving_experience: Option<i64>,
    pub rtqc_license_class: Option<String>,
    pub vehicle_types: Vec<String>,
    pub work_history: Vec<Work>,
    pub education_history: Vec<Education>,
    pub source: Source,
    /// Everything the board shows that has no field above, label → value.
    pub extras: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Work {
    pub begin: Option<String>,
    pub end: Option<String>,
    pub current: bool,
    pub enterprise_name: Option<String>,
    pub post_name: Option<String>,
    pub industry: Option<String>,
    pub enterprise_scale: Option<i64>,
    pub dept_name: Option<String>,
    pub description: Option<String>,
    pub vehicle_type: Option<String>,
    pub vehicle_load: Option<f64>,
    pub vehicle_length: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Education {
    pub begin: Option<String>,
    pub end: Option<String>,
    pub school_name: Option<String>,
    pub major: Option<String>,
    pub level: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Source {
    pub channel_id: i64,
    pub channel_resume_id: String,
    /// The board's full id when the canonical one is a part of it (zhaopin `resumeNo`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw_id: Option<String>,
    pub url: String,
    pub crawled_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_on_board: Option<String>,
}

impl Resume {
    /// Folds a fresh capture of the same board resume into what is already known.
    ///
    /// A locked page never erases contacts that an earlier unlocked page showed: the recruiter
    /// may have paid for them.
    pub fn merge_recrawl(&mut self, older: &Resume) {
        if !self.phone_state.is_clear() && older.phone_state.is_clear() {
            self.phone = older.phone.clone();
            self.phone_state = older.phone_state;
            if self.phone_masked.is_none() {
                self.phone_masked = older.phone_masked.clone();
            }
        }
        if !self.email_state.is_clear() && older.email_state.is_clear() {
            self.email = older.email.clone();
            self.email_state = older.email_state;
            if self.email_masked.is_none() {
                self.email_masked = older.email_masked.clone();
            }
        }
        if self.real_name.is_none() && older.real_name.is_some() {
            self.real_name = older.real_name.clone();
        }
    }

    /// True when the store holds usable contact details for this resume.
    pub fn contact_unlocked(&self) -> bool {
        self.phone_state.is_clear() || self.email_state.is_clear()
    }
}
