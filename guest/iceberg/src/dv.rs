//! Iceberg v3 deletion vectors: a Puffin blob of type `deletion-vector-v1` that lists the
//! deleted row positions of one data file. The blob (at `content_offset`, `content_size_in_bytes`
//! bytes, named by the delete manifest entry) is: the length of what follows up to the checksum
//! (4 bytes, big-endian), the magic `D1 D3 39 64`, a 64-bit roaring bitmap in the "portable"
//! serialization (what `roaring::RoaringTreemap` reads), and a CRC-32 of magic + bitmap
//! (4 bytes, big-endian). Input is untrusted: lengths and checksum are checked, nothing panics.

use roaring::RoaringTreemap;

pub const MAGIC: [u8; 4] = [0xD1, 0xD3, 0x39, 0x64];
/// The largest blob read (a DV for 2^31 scattered rows is far below this).
pub const MAX_BLOB_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DvError {
    #[error("the deletion vector blob is {0} bytes, too small to hold one")]
    TooSmall(usize),
    #[error("the deletion vector's length field says {said} bytes, but the blob holds {has}")]
    Length { said: u64, has: u64 },
    #[error("the deletion vector does not start with the magic bytes D1 D3 39 64")]
    Magic,
    #[error("the deletion vector's CRC-32 does not match its contents (stored {stored:08x}, computed {computed:08x})")]
    Checksum { stored: u32, computed: u32 },
    #[error("the deletion vector's bitmap is invalid: {0}")]
    Bitmap(String),
}

/// The deleted positions of a `deletion-vector-v1` blob.
pub fn parse(blob: &[u8]) -> Result<RoaringTreemap, DvError> {
    // length (4) + magic (4) + an empty bitmap (8) + crc (4).
    if blob.len() < 20 {
        return Err(DvError::TooSmall(blob.len()));
    }
    let said = u64::from(u32::from_be_bytes([blob[0], blob[1], blob[2], blob[3]]));
    let body = &blob[4..blob.len() - 4];
    if said != body.len() as u64 {
        return Err(DvError::Length {
            said,
            has: body.len() as u64,
        });
    }
    if body[..4] != MAGIC {
        return Err(DvError::Magic);
    }
    let tail = &blob[blob.len() - 4..];
    let stored = u32::from_be_bytes([tail[0], tail[1], tail[2], tail[3]]);
    let computed = crc32fast::hash(body);
    if stored != computed {
        return Err(DvError::Checksum { stored, computed });
    }
    let mut bitmap = &body[4..];
    let positions = RoaringTreemap::deserialize_from(&mut bitmap)
        .map_err(|e| DvError::Bitmap(e.to_string()))?;
    if !bitmap.is_empty() {
        return Err(DvError::Bitmap(format!(
            "{} bytes after the bitmap",
            bitmap.len()
        )));
    }
    Ok(positions)
}

#[cfg(test)]
pub fn encode(positions: &RoaringTreemap) -> Vec<u8> {
    let mut body = MAGIC.to_vec();
    positions
        .serialize_into(&mut body)
        .expect("writing to a Vec");
    let mut out = (body.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32fast::hash(&body).to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_positions_across_the_32_bit_boundary() {
        let positions: RoaringTreemap = [0u64, 5, 6, 70_000, (1 << 32) + 3].into_iter().collect();
        let blob = encode(&positions);
        assert_eq!(parse(&blob).unwrap(), positions);
        assert_eq!(parse(&encode(&RoaringTreemap::new())).unwrap().len(), 0);
    }

    #[test]
    fn a_blob_written_by_hand_from_the_spec_is_read() {
        // One 32-bit bitmap (high key 0) holding {1, 3}, in the portable "no runs" layout:
        // cookie 12346, container count 1, key 0 / cardinality-1 = 1, offset 16, two u16 values.
        let mut body = MAGIC.to_vec();
        body.extend_from_slice(&1u64.to_le_bytes());
        body.extend_from_slice(&0u32.to_le_bytes());
        body.extend_from_slice(&12346u32.to_le_bytes());
        body.extend_from_slice(&1u32.to_le_bytes());
        body.extend_from_slice(&[0, 0, 1, 0]);
        body.extend_from_slice(&16u32.to_le_bytes());
        body.extend_from_slice(&[1, 0, 3, 0]);
        let mut blob = (body.len() as u32).to_be_bytes().to_vec();
        blob.extend_from_slice(&body);
        blob.extend_from_slice(&crc32fast::hash(&body).to_be_bytes());
        let parsed = parse(&blob).unwrap();
        assert_eq!(parsed.iter().collect::<Vec<_>>(), vec![1, 3]);
    }

    #[test]
    fn damaged_blobs_are_errors() {
        let positions: RoaringTreemap = [1u64, 2, 3].into_iter().collect();
        let good = encode(&positions);
        assert!(matches!(parse(&good[..10]), Err(DvError::TooSmall(10))));
        let mut flipped = good.clone();
        let last_data = flipped.len() - 5;
        flipped[last_data] ^= 0xff;
        assert!(matches!(parse(&flipped), Err(DvError::Checksum { .. })));
        let mut magic = good.clone();
        magic[4] = 0;
        assert_eq!(parse(&magic), Err(DvError::Magic));
        let mut long = good.clone();
        long[3] = long[3].wrapping_add(1);
        assert!(matches!(parse(&long), Err(DvError::Length { .. })));
        // A consistent blob (right length, right checksum) whose bitmap is garbage.
        let mut body = MAGIC.to_vec();
        body.extend_from_slice(&1u64.to_le_bytes());
        body.extend_from_slice(&[0xff; 12]);
        let mut garbage = (body.len() as u32).to_be_bytes().to_vec();
        garbage.extend_from_slice(&body);
        garbage.extend_from_slice(&crc32fast::hash(&body).to_be_bytes());
        assert!(matches!(parse(&garbage), Err(DvError::Bitmap(_))));
    }
}
