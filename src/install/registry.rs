//! Windows registry keys whose `(Default)` value names the manifest file.
//!
//! HKLM is opened with an explicit 64-bit view (`KEY_WOW64_64KEY`) so a 32-bit process never lands
//! in `WOW6432Node` by accident (NATIVE_MESSAGING.md §1.6). HKCU is not redirected; the flag is
//! harmless there.

use super::locations::RegistryKey;

#[cfg(windows)]
mod imp {
    use super::RegistryKey;
    use crate::install::locations::Hive;
    use winreg::enums::{
        HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, KEY_READ, KEY_WOW64_64KEY, KEY_WRITE,
    };
    use winreg::RegKey;

    fn root(hive: Hive) -> RegKey {
        RegKey::predef(match hive {
            Hive::CurrentUser => HKEY_CURRENT_USER,
            Hive::LocalMachine => HKEY_LOCAL_MACHINE,
        })
    }

    pub fn write(key: &RegistryKey) -> std::io::Result<()> {
        let (k, _) =
            root(key.hive).create_subkey_with_flags(&key.key, KEY_WRITE | KEY_WOW64_64KEY)?;
        k.set_value("", &key.manifest.to_string_lossy().to_string())
    }

    pub fn read(key: &RegistryKey) -> std::io::Result<Option<String>> {
        match root(key.hive).open_subkey_with_flags(&key.key, KEY_READ | KEY_WOW64_64KEY) {
            Ok(k) => k.get_value::<String, _>("").map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn delete(key: &RegistryKey) -> std::io::Result<()> {
        match root(key.hive).delete_subkey_with_flags(&key.key, KEY_WOW64_64KEY) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(not(windows))]
mod imp {
    use super::RegistryKey;

    fn unsupported() -> std::io::Error {
        std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "the Windows registry exists only on Windows",
        )
    }

    pub fn write(_: &RegistryKey) -> std::io::Result<()> {
        Err(unsupported())
    }

    pub fn read(_: &RegistryKey) -> std::io::Result<Option<String>> {
        Err(unsupported())
    }

    pub fn delete(_: &RegistryKey) -> std::io::Result<()> {
        Err(unsupported())
    }
}

pub use imp::{delete, read, write};
