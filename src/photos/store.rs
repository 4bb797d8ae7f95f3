//! Where photo files live: behind a small trait, with a folder under `DATA_DIR`
//! as the default.

use std::path::PathBuf;

pub trait PhotoStore: Send + Sync {
    fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()>;
    fn get(&self, key: &str) -> std::io::Result<Vec<u8>>;
    fn delete(&self, key: &str) -> std::io::Result<()>;
}

/// Files in a local folder, named by their random key.
pub struct LocalStore {
    folder: PathBuf,
}

impl LocalStore {
    pub fn new(folder: PathBuf) -> std::io::Result<Self> {
        std::fs::create_dir_all(&folder)?;
        Ok(LocalStore { folder })
    }

    fn path(&self, key: &str) -> std::io::Result<PathBuf> {
        // Keys are made by Cohorts (random, URL-safe); anything else is refused.
        if crate::auth::token::looks_valid(key.trim_end_matches(".jpg")) && key.ends_with(".jpg") {
            Ok(self.folder.join(key))
        } else {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a photo key",
            ))
        }
    }
}

impl PhotoStore for LocalStore {
    fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::write(self.path(key)?, bytes)
    }

    fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        std::fs::read(self.path(key)?)
    }

    fn delete(&self, key: &str) -> std::io::Result<()> {
        match std::fs::remove_file(self.path(key)?) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// A fresh random key for a stored file.
pub fn new_key() -> String {
    format!("{}.jpg", crate::auth::token::generate().plain)
}
