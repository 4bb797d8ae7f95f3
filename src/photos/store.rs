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
        let name = key
            .strip_suffix(".jpg")
            .or_else(|| key.strip_suffix(".png"));
        if name.is_some_and(crate::auth::token::looks_valid) {
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

/// A fresh random key for a stored JPEG file.
pub fn new_key() -> String {
    format!("{}.jpg", crate::auth::token::generate().plain)
}

/// A fresh random key for a stored PNG file (a brand's logo).
pub fn new_png_key() -> String {
    format!("{}.png", crate::auth::token::generate().plain)
}

/// Objects in an S3-compatible bucket, through presigned requests.
pub struct S3Store {
    bucket: rusty_s3::Bucket,
    credentials: rusty_s3::Credentials,
    agent: ureq::Agent,
}

/// How long a presigned request stays valid: only as long as it takes to send it.
const SIGNED_FOR: std::time::Duration = std::time::Duration::from_secs(60);

impl S3Store {
    /// `endpoint` like `https://s3.eu-central-1.amazonaws.com` or a MinIO address;
    /// buckets are addressed by path, which every S3-compatible server accepts.
    pub fn new(
        endpoint: &str,
        bucket: &str,
        region: &str,
        key_id: &str,
        secret: &str,
    ) -> Result<Self, anyhow::Error> {
        let endpoint = endpoint
            .parse()
            .map_err(|e| anyhow::anyhow!("S3_ENDPOINT is not a URL: {e}"))?;
        let bucket = rusty_s3::Bucket::new(
            endpoint,
            rusty_s3::UrlStyle::Path,
            bucket.to_string(),
            region.to_string(),
        )
        .map_err(|e| anyhow::anyhow!("S3 bucket settings: {e}"))?;
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(std::time::Duration::from_secs(30)))
            .http_status_as_error(false)
            .build()
            .into();
        Ok(S3Store {
            bucket,
            credentials: rusty_s3::Credentials::new(key_id, secret),
            agent,
        })
    }

    fn check(
        response: ureq::http::Response<ureq::Body>,
        what: &str,
    ) -> std::io::Result<ureq::http::Response<ureq::Body>> {
        let status = response.status();
        match status.as_u16() {
            200..=299 => Ok(response),
            404 => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{what}: not found"),
            )),
            _ => Err(std::io::Error::other(format!(
                "{what}: the bucket answered {status}"
            ))),
        }
    }
}

fn io_error(error: ureq::Error) -> std::io::Error {
    std::io::Error::other(error.to_string())
}

impl PhotoStore for S3Store {
    fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        use rusty_s3::S3Action;
        let url = self
            .bucket
            .put_object(Some(&self.credentials), key)
            .sign(SIGNED_FOR);
        let response = self
            .agent
            .put(url.as_str())
            .header("Content-Type", "image/jpeg")
            .send(bytes)
            .map_err(io_error)?;
        Self::check(response, "storing a photo").map(|_| ())
    }

    fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        use rusty_s3::S3Action;
        let url = self
            .bucket
            .get_object(Some(&self.credentials), key)
            .sign(SIGNED_FOR);
        let mut response = Self::check(
            self.agent.get(url.as_str()).call().map_err(io_error)?,
            "reading a photo",
        )?;
        response
            .body_mut()
            .with_config()
            .limit(crate::photos::MAX_BYTES as u64)
            .read_to_vec()
            .map_err(io_error)
    }

    fn delete(&self, key: &str) -> std::io::Result<()> {
        use rusty_s3::S3Action;
        let url = self
            .bucket
            .delete_object(Some(&self.credentials), key)
            .sign(SIGNED_FOR);
        match Self::check(
            self.agent.delete(url.as_str()).call().map_err(io_error)?,
            "deleting a photo",
        ) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}
