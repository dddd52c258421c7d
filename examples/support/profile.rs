//! `--profile ID|FILE`: a built-in profile by its id, or a profile given as data (its JSON, the
//! form of the crate's `data/profiles/*.json`).

use final_accounts::profile::Profile;

use super::input;

/// The profile `value` names: a built-in id, else a JSON file (`-` reads standard input).
pub fn read(value: &str) -> Result<Profile, String> {
    if let Some(profile) = Profile::builtin(value) {
        return Ok(profile.clone());
    }
    let ids: Vec<&str> = Profile::builtins().iter().map(Profile::id).collect();
    let file = input::read(value).map_err(|e| {
        format!(
            "--profile is {} or a profile's JSON file, not {value}: {e}",
            ids.join(" or ")
        )
    })?;
    serde_json::from_str(&file.text).map_err(|e| format!("{} is not a profile: {e}", file.name))
}
