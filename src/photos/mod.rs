//! Photos on posts and reviews: what an upload is (by its bytes, never its name),
//! and the two JPEG sizes kept of it. Pure: bytes in, bytes out.
//!
//! Every photo is decoded and encoded anew, so nothing of the original file
//! survives: no EXIF, no GPS position, no other metadata. The orientation a phone
//! recorded is applied to the pixels first.

pub mod store;

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};

/// The largest file accepted.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most pixels an image may have (checked before it is decoded).
pub const MAX_PIXELS: u64 = 40_000_000;
/// Longest side of the display size and of the thumbnail.
pub const DISPLAY_SIDE: u32 = 1600;
pub const THUMB_SIDE: u32 = 400;
/// Photos per post or review.
pub const MAX_PER_POST: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("is larger than 10 MB")]
    TooLarge,
    #[error("is not a photo (JPEG, PNG or WebP)")]
    NotAnImage,
    #[error("is a HEIC photo, which Cohorts cannot read yet: save it as JPEG and try again")]
    Heic,
    #[error("has more than 40 megapixels")]
    TooManyPixels,
    #[error("could not be read: the file may be damaged")]
    Damaged,
}

/// The formats accepted, told by the first bytes of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Jpeg,
    Png,
    Webp,
    Heic,
}

fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(Kind::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Kind::Webp)
    } else if bytes.len() >= 12
        && &bytes[4..8] == b"ftyp"
        && [b"heic", b"heix", b"hevc", b"mif1", b"msf1"]
            .iter()
            .any(|brand| &bytes[8..12] == *brand)
    {
        Some(Kind::Heic)
    } else {
        None
    }
}

/// Whether a JPEG's last scan ends with an end-of-image marker. (Inside a scan a
/// 0xFF byte is always followed by 0x00 or a restart marker, so 0xFF 0xD9 after
/// the last start-of-scan is the real end.)
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    let last_end = bytes.windows(2).rposition(|w| w == [0xFF, 0xD9]);
    matches!((last_scan, last_end), (Some(scan), Some(end)) if end > scan)
}

/// The orientation a camera recorded in EXIF (1 when none).
fn exif_orientation(bytes: &[u8]) -> u32 {
    exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()
        .and_then(|data| {
            data.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
                .and_then(|field| field.value.get_uint(0))
        })
        .unwrap_or(1)
}

fn oriented(image: DynamicImage, orientation: u32) -> DynamicImage {
    match orientation {
        2 => image.fliph(),
        3 => image.rotate180(),
        4 => image.flipv(),
        5 => image.rotate90().fliph(),
        6 => image.rotate90(),
        7 => image.rotate270().fliph(),
        8 => image.rotate270(),
        _ => image,
    }
}

/// The sizes kept of a photo, as JPEG without metadata.
#[derive(Debug)]
pub struct Processed {
    pub display: Vec<u8>,
    pub thumbnail: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

fn jpeg(image: &DynamicImage) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
    image
        .to_rgb8()
        .write_with_encoder(encoder)
        .map_err(|_| PhotoError::Damaged)?;
    Ok(out)
}

fn fit(image: &DynamicImage, side: u32) -> DynamicImage {
    if image.width() <= side && image.height() <= side {
        image.clone()
    } else {
        image.resize(side, side, image::imageops::FilterType::Triangle)
    }
}

/// Decodes an upload, refusing what is not a supported picture, too large,
/// or damaged, and applies the orientation the camera recorded.
fn decode(bytes: &[u8]) -> Result<DynamicImage, PhotoError> {
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = match sniff(bytes).ok_or(PhotoError::NotAnImage)? {
        // The JPEG decoder fills in what is missing from a cut-off file, so the
        // end-of-image marker is checked here.
        Kind::Jpeg if !jpeg_is_complete(bytes) => return Err(PhotoError::Damaged),
        Kind::Jpeg => ImageFormat::Jpeg,
        Kind::Png => ImageFormat::Png,
        Kind::Webp => ImageFormat::WebP,
        Kind::Heic => return Err(PhotoError::Heic),
    };
    // The size is read from the header before anything is decoded, so a small
    // file claiming an enormous picture (a decompression bomb) stops here.
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| PhotoError::Damaged)?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 16 * 1024 * 1024);
    reader.limits(limits);
    let decoded = reader.decode().map_err(|_| PhotoError::Damaged)?;
    Ok(oriented(decoded, exif_orientation(bytes)))
}

pub fn process(bytes: &[u8]) -> Result<Processed, PhotoError> {
    let image = decode(bytes)?;
    let display = fit(&image, DISPLAY_SIDE);
    let thumbnail = fit(&display, THUMB_SIDE);
    Ok(Processed {
        width: display.width(),
        height: display.height(),
        display: jpeg(&display)?,
        thumbnail: jpeg(&thumbnail)?,
    })
}

/// The box a brand's logo is fitted into: wide and low, as logos are.
pub const LOGO_WIDTH: u32 = 480;
pub const LOGO_HEIGHT: u32 = 160;

/// A brand's logo as kept: fitted into the logo box and encoded as PNG, so
/// that a transparent background stays transparent (on dark pages too).
pub fn process_logo(bytes: &[u8]) -> Result<Vec<u8>, PhotoError> {
    let image = decode(bytes)?;
    let fitted = if image.width() <= LOGO_WIDTH && image.height() <= LOGO_HEIGHT {
        image
    } else {
        image.resize(
            LOGO_WIDTH,
            LOGO_HEIGHT,
            image::imageops::FilterType::Triangle,
        )
    };
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(fitted.to_rgba8())
        .write_to(&mut out, ImageFormat::Png)
        .map_err(|_| PhotoError::Damaged)?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests;
