use std::time::{Duration, Instant};

use super::*;

fn sample_jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 5 % 255) as u8, (y * 7 % 255) as u8, 120])
    }));
    jpeg(&image).unwrap_or_default()
}

fn u16le(v: u16) -> [u8; 2] {
    v.to_le_bytes()
}

fn u32le(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

/// A JPEG as a phone writes it: an EXIF block with a GPS position and the
/// "rotate 90°" orientation.
fn jpeg_with_gps_and_orientation(width: u32, height: u32) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II");
    tiff.extend_from_slice(&u16le(42));
    tiff.extend_from_slice(&u32le(8));
    // IFD0: orientation 6, pointer to the GPS IFD at 38.
    tiff.extend_from_slice(&u16le(2));
    tiff.extend_from_slice(&u16le(0x0112));
    tiff.extend_from_slice(&u16le(3));
    tiff.extend_from_slice(&u32le(1));
    tiff.extend_from_slice(&u32le(6));
    tiff.extend_from_slice(&u16le(0x8825));
    tiff.extend_from_slice(&u16le(4));
    tiff.extend_from_slice(&u32le(1));
    tiff.extend_from_slice(&u32le(38));
    tiff.extend_from_slice(&u32le(0));
    // GPS IFD: latitude N 52° 31' 0".
    tiff.extend_from_slice(&u16le(2));
    tiff.extend_from_slice(&u16le(0x0001));
    tiff.extend_from_slice(&u16le(2));
    tiff.extend_from_slice(&u32le(2));
    tiff.extend_from_slice(&[b'N', 0, 0, 0]);
    tiff.extend_from_slice(&u16le(0x0002));
    tiff.extend_from_slice(&u16le(5));
    tiff.extend_from_slice(&u32le(3));
    tiff.extend_from_slice(&u32le(68));
    tiff.extend_from_slice(&u32le(0));
    for (numerator, denominator) in [(52u32, 1u32), (31, 1), (0, 1)] {
        tiff.extend_from_slice(&u32le(numerator));
        tiff.extend_from_slice(&u32le(denominator));
    }
    let mut segment = vec![0xFF, 0xE1];
    let length = (2 + 6 + tiff.len()) as u16;
    segment.extend_from_slice(&length.to_be_bytes());
    segment.extend_from_slice(b"Exif\0\0");
    segment.extend_from_slice(&tiff);
    let plain = sample_jpeg(width, height);
    let mut with_exif = plain[..2].to_vec();
    with_exif.extend_from_slice(&segment);
    with_exif.extend_from_slice(&plain[2..]);
    with_exif
}

#[test]
fn gps_and_other_metadata_never_survive_and_orientation_is_applied() {
    let original = jpeg_with_gps_and_orientation(40, 20);
    // The fixture really carries a GPS position.
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(&original))
        .unwrap();
    assert!(
        exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some()
    );

    let processed = process(&original).unwrap();
    for output in [&processed.display, &processed.thumbnail] {
        assert!(
            !output.windows(4).any(|w| w == b"Exif"),
            "no EXIF block is written"
        );
        assert!(
            exif::Reader::new()
                .read_from_container(&mut Cursor::new(output))
                .is_err()
        );
    }
    assert_eq!(
        (processed.width, processed.height),
        (20, 40),
        "turned as the camera said"
    );
}

#[test]
fn display_and_thumbnail_sizes() {
    let processed = process(&sample_jpeg(3200, 1600)).unwrap();
    assert_eq!((processed.width, processed.height), (1600, 800));
    let thumb = image::load_from_memory(&processed.thumbnail).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (400, 200));
    let small = process(&sample_jpeg(300, 200)).unwrap();
    assert_eq!(
        (small.width, small.height),
        (300, 200),
        "small photos are not enlarged"
    );
}

#[test]
fn png_and_webp_are_accepted_and_become_jpeg() {
    let image = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        30,
        30,
        image::Rgb([10, 200, 30]),
    ));
    for format in [ImageFormat::Png, ImageFormat::WebP] {
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
        let processed = process(&bytes).unwrap();
        assert!(
            processed.display.starts_with(&[0xFF, 0xD8, 0xFF]),
            "{format:?}"
        );
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    chunk.extend_from_slice(&body);
    chunk.extend_from_slice(&crc32(&body).to_be_bytes());
    chunk
}

#[test]
fn hostile_files_are_refused_quickly() {
    // A tiny PNG that claims to be 100,000 × 100,000 pixels.
    let mut bomb = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    let mut header = 100_000u32.to_be_bytes().to_vec();
    header.extend_from_slice(&100_000u32.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    bomb.extend(png_chunk(b"IHDR", &header));
    bomb.extend(png_chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    bomb.extend(png_chunk(b"IEND", &[]));

    let good = sample_jpeg(200, 200);
    let truncated = good[..good.len() / 3].to_vec();
    let cases: [(&str, Vec<u8>, PhotoError); 5] = [
        ("decompression bomb", bomb, PhotoError::TooManyPixels),
        (
            "HTML named .jpg",
            b"<!doctype html><html><script>alert(1)</script></html>".to_vec(),
            PhotoError::NotAnImage,
        ),
        ("empty", Vec::new(), PhotoError::NotAnImage),
        (
            "over 10 MB",
            vec![0xFF; MAX_BYTES + 1],
            PhotoError::TooLarge,
        ),
        (
            "HEIC",
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
            PhotoError::Heic,
        ),
    ];
    for (name, bytes, expected) in cases {
        let started = Instant::now();
        assert_eq!(process(&bytes).err(), Some(expected), "{name}");
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{name} took {:?}",
            started.elapsed()
        );
    }
    let started = Instant::now();
    let result = process(&truncated);
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        result.err(),
        Some(PhotoError::Damaged),
        "a truncated JPEG is refused"
    );
}

/// A logo is fitted into the logo box, keeps its proportions and its
/// transparent background, and comes out as PNG whatever went in.
#[test]
fn a_logo_fits_its_box_and_keeps_transparency() {
    let wide = DynamicImage::ImageRgba8(image::RgbaImage::from_fn(1200, 300, |x, _| {
        if x < 600 {
            image::Rgba([0, 0, 0, 0])
        } else {
            image::Rgba([200, 30, 30, 255])
        }
    }));
    let mut png = Cursor::new(Vec::new());
    wide.write_to(&mut png, ImageFormat::Png).unwrap();
    let logo = process_logo(png.get_ref()).unwrap();
    assert_eq!(sniff(&logo), Some(Kind::Png));
    let read = image::load_from_memory(&logo).unwrap().to_rgba8();
    assert_eq!((read.width(), read.height()), (LOGO_WIDTH, 120));
    assert_eq!(read.get_pixel(0, 0)[3], 0, "the transparent half stays so");
    assert_eq!(read.get_pixel(LOGO_WIDTH - 1, 60)[3], 255);
    // A small JPEG logo is kept at its size; what is not a picture is refused.
    let small = process_logo(&sample_jpeg(200, 80)).unwrap();
    let read = image::load_from_memory(&small).unwrap();
    assert_eq!((read.width(), read.height()), (200, 80));
    assert_eq!(process_logo(b"<svg/>"), Err(PhotoError::NotAnImage));
}
