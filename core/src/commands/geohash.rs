//! Redis's geohash: coordinates as 52-bit interleaved integers (26 bits of latitude in
//! the even positions, 26 of longitude in the odd ones), the neighbours of a cell, the
//! cells a search must scan (`geohashCalculateAreasByShapeWGS84`) and the haversine
//! distance on a sphere of 6372797.560856 m, computed in the same order of operations
//! as Redis so that scores and distances have the same digits.

/// Bits per coordinate in a stored score.
pub const STEP_MAX: u8 = 26;
/// Smallest latitude GEOADD accepts (the Web Mercator limit).
pub const LAT_MIN: f64 = -85.05112878;
/// Largest latitude GEOADD accepts.
pub const LAT_MAX: f64 = 85.05112878;
/// Smallest longitude.
pub const LONG_MIN: f64 = -180.0;
/// Largest longitude.
pub const LONG_MAX: f64 = 180.0;
/// The earth's radius Redis uses, in meters.
pub const EARTH_RADIUS_IN_METERS: f64 = 6372797.560856;
/// Half the earth's circumference in Web Mercator meters.
const MERCATOR_MAX: f64 = 20037726.37;

/// A range of one coordinate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// Lower bound.
    pub min: f64,
    /// Upper bound.
    pub max: f64,
}

/// Longitude range of the stored scores.
pub const LONG_RANGE: Range = Range {
    min: LONG_MIN,
    max: LONG_MAX,
};
/// Latitude range of the stored scores.
pub const LAT_RANGE: Range = Range {
    min: LAT_MIN,
    max: LAT_MAX,
};

/// A geohash cell: `step` bits per coordinate, interleaved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Bits {
    /// The interleaved bits.
    pub bits: u64,
    /// Bits per coordinate.
    pub step: u8,
}

impl Bits {
    /// Whether this is the "no cell" marker (Redis's `HASHISZERO`).
    pub fn is_zero(self) -> bool {
        self.bits == 0 && self.step == 0
    }

    /// The cell's lowest score at 52 bits (Redis's `geohashAlign52Bits`).
    pub fn align52(self) -> u64 {
        let shift = 52u32.saturating_sub(u32::from(self.step) * 2);
        self.bits.checked_shl(shift).unwrap_or(0)
    }
}

/// The area a cell covers.
#[derive(Clone, Copy, Debug)]
pub struct Area {
    /// Longitude bounds.
    pub longitude: Range,
    /// Latitude bounds.
    pub latitude: Range,
}

/// Spreads the 32 bits of `x` into the even positions and those of `y` into the odd.
fn interleave(x: u32, y: u32) -> u64 {
    fn spread(v: u32) -> u64 {
        let mut v = u64::from(v);
        v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFF;
        v = (v | (v << 8)) & 0x00FF_00FF_00FF_00FF;
        v = (v | (v << 4)) & 0x0F0F_0F0F_0F0F_0F0F;
        v = (v | (v << 2)) & 0x3333_3333_3333_3333;
        (v | (v << 1)) & 0x5555_5555_5555_5555
    }
    spread(x) | (spread(y) << 1)
}

/// The inverse of [`interleave`]: even bits in the low half, odd bits in the high.
fn deinterleave(v: u64) -> u64 {
    fn squash(mut v: u64) -> u64 {
        v &= 0x5555_5555_5555_5555;
        v = (v | (v >> 1)) & 0x3333_3333_3333_3333;
        v = (v | (v >> 2)) & 0x0F0F_0F0F_0F0F_0F0F;
        v = (v | (v >> 4)) & 0x00FF_00FF_00FF_00FF;
        v = (v | (v >> 8)) & 0x0000_FFFF_0000_FFFF;
        (v | (v >> 16)) & 0x0000_0000_FFFF_FFFF
    }
    squash(v) | (squash(v >> 1) << 32)
}

/// Redis's `geohashEncode`: `None` outside the Web Mercator limits or the ranges.
pub fn encode(
    long_range: Range,
    lat_range: Range,
    longitude: f64,
    latitude: f64,
    step: u8,
) -> Option<Bits> {
    if step == 0 || step > 32 {
        return None;
    }
    if !(LONG_MIN..=LONG_MAX).contains(&longitude) || !(LAT_MIN..=LAT_MAX).contains(&latitude) {
        return None;
    }
    if latitude < lat_range.min
        || latitude > lat_range.max
        || longitude < long_range.min
        || longitude > long_range.max
    {
        return None;
    }
    let scale = (1u64 << step) as f64;
    let lat_offset = (latitude - lat_range.min) / (lat_range.max - lat_range.min) * scale;
    let long_offset = (longitude - long_range.min) / (long_range.max - long_range.min) * scale;
    Some(Bits {
        bits: interleave(lat_offset as u32, long_offset as u32),
        step,
    })
}

/// The 52-bit score GEOADD stores for a point already checked to be in range.
pub fn encode_wgs84(longitude: f64, latitude: f64) -> Option<u64> {
    encode(LONG_RANGE, LAT_RANGE, longitude, latitude, STEP_MAX).map(Bits::align52)
}

/// Redis's `geohashDecode`: the area of a cell.
pub fn decode(long_range: Range, lat_range: Range, hash: Bits) -> Area {
    let sep = deinterleave(hash.bits);
    let lat_scale = lat_range.max - lat_range.min;
    let long_scale = long_range.max - long_range.min;
    let ilato = sep as u32;
    let ilono = (sep >> 32) as u32;
    let div = (1u64 << hash.step.min(63)) as f64;
    Area {
        latitude: Range {
            min: lat_range.min + (f64::from(ilato) / div) * lat_scale,
            max: lat_range.min + (f64::from(ilato.wrapping_add(1)) / div) * lat_scale,
        },
        longitude: Range {
            min: long_range.min + (f64::from(ilono) / div) * long_scale,
            max: long_range.min + (f64::from(ilono.wrapping_add(1)) / div) * long_scale,
        },
    }
}

/// C's `(uint64_t)` conversion of a double as gcc compiles it on x86-64 (scores set
/// by ZADD may be negative or huge): below 2^63 through a signed conversion, above it
/// offset by 2^63; out-of-range values give the "integer indefinite" 2^63.
fn c_double_to_u64(v: f64) -> u64 {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    let signed = |x: f64| {
        if (-TWO_63..TWO_63).contains(&x) {
            x as i64
        } else {
            i64::MIN
        }
    };
    if v < TWO_63 {
        signed(v) as u64
    } else {
        (signed(v - TWO_63) as u64) ^ (1 << 63)
    }
}

/// The point a stored score stands for (the centre of its cell, clamped to the
/// limits): `[longitude, latitude]`.
pub fn decode_score(score: f64) -> [f64; 2] {
    let area = decode(
        LONG_RANGE,
        LAT_RANGE,
        Bits {
            bits: c_double_to_u64(score),
            step: STEP_MAX,
        },
    );
    let x = ((area.longitude.min + area.longitude.max) / 2.0).clamp(LONG_MIN, LONG_MAX);
    let y = ((area.latitude.min + area.latitude.max) / 2.0).clamp(LAT_MIN, LAT_MAX);
    [x, y]
}

/// The standard 11-character geohash GEOHASH replies with for a stored score.
pub fn to_string(score: f64) -> [u8; 11] {
    const ALPHABET: &[u8; 32] = b"0123456789bcdefghjkmnpqrstuvwxyz";
    let [x, y] = decode_score(score);
    let standard_lat = Range {
        min: -90.0,
        max: 90.0,
    };
    let bits = encode(LONG_RANGE, standard_lat, x, y, STEP_MAX).map_or(0, |b| b.bits);
    let mut out = [b'0'; 11];
    for (i, c) in out.iter_mut().enumerate().take(10) {
        let idx = (bits >> (52 - (i + 1) * 5)) & 0x1f;
        *c = ALPHABET[idx as usize];
    }
    out
}

/// Moves a cell one step east (`d > 0`) or west along the longitude bits.
fn move_x(hash: &mut Bits, d: i8) {
    if d == 0 {
        return;
    }
    let shift = 64 - u32::from(hash.step) * 2;
    let mut x = hash.bits & 0xaaaa_aaaa_aaaa_aaaa;
    let y = hash.bits & 0x5555_5555_5555_5555;
    let zz = 0x5555_5555_5555_5555u64 >> shift;
    if d > 0 {
        x = x.wrapping_add(zz + 1);
    } else {
        x |= zz;
        x = x.wrapping_sub(zz + 1);
    }
    x &= 0xaaaa_aaaa_aaaa_aaaau64 >> shift;
    hash.bits = x | y;
}

/// Moves a cell one step north (`d > 0`) or south along the latitude bits.
fn move_y(hash: &mut Bits, d: i8) {
    if d == 0 {
        return;
    }
    let shift = 64 - u32::from(hash.step) * 2;
    let x = hash.bits & 0xaaaa_aaaa_aaaa_aaaa;
    let mut y = hash.bits & 0x5555_5555_5555_5555;
    let zz = 0xaaaa_aaaa_aaaa_aaaau64 >> shift;
    if d > 0 {
        y = y.wrapping_add(zz + 1);
    } else {
        y |= zz;
        y = y.wrapping_sub(zz + 1);
    }
    y &= 0x5555_5555_5555_5555u64 >> shift;
    hash.bits = x | y;
}

/// A cell moved by `(dx, dy)`.
fn moved(hash: Bits, dx: i8, dy: i8) -> Bits {
    let mut h = hash;
    move_x(&mut h, dx);
    move_y(&mut h, dy);
    h
}

/// Degrees to radians, as Redis computes it.
fn deg_rad(ang: f64) -> f64 {
    ang * (std::f64::consts::PI / 180.0)
}

/// Radians to degrees.
fn rad_deg(ang: f64) -> f64 {
    ang / (std::f64::consts::PI / 180.0)
}

/// The distance along a meridian between two latitudes.
pub fn lat_distance(lat1: f64, lat2: f64) -> f64 {
    EARTH_RADIUS_IN_METERS * (deg_rad(lat2) - deg_rad(lat1)).abs()
}

/// Redis's `geohashGetDistance`: the haversine distance in meters.
pub fn distance(lon1: f64, lat1: f64, lon2: f64, lat2: f64) -> f64 {
    let lon1r = deg_rad(lon1);
    let lon2r = deg_rad(lon2);
    let v = ((lon2r - lon1r) / 2.0).sin();
    if v == 0.0 {
        return lat_distance(lat1, lat2);
    }
    let lat1r = deg_rad(lat1);
    let lat2r = deg_rad(lat2);
    let u = ((lat2r - lat1r) / 2.0).sin();
    let a = u * u + lat1r.cos() * lat2r.cos() * v * v;
    2.0 * EARTH_RADIUS_IN_METERS * a.sqrt().asin()
}

/// The shape of a search, in meters once multiplied by `conversion`.
#[derive(Clone, Copy, Debug)]
pub enum Extent {
    /// BYRADIUS: a circle of this radius.
    Radius(f64),
    /// BYBOX: a rectangle of this width and height.
    Box(f64, f64),
}

/// A search: a centre, a shape and the unit's size in meters.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Centre `[longitude, latitude]`.
    pub xy: [f64; 2],
    /// Circle or box, in the request's unit.
    pub extent: Extent,
    /// Meters per unit.
    pub conversion: f64,
}

impl Shape {
    /// The distance from the centre to `(x, y)` in meters, if the point is inside
    /// (Redis's `geoWithinShape`).
    pub fn contains(&self, x: f64, y: f64) -> Option<f64> {
        let [cx, cy] = self.xy;
        match self.extent {
            Extent::Radius(r) => {
                let d = distance(cx, cy, x, y);
                (d <= r * self.conversion).then_some(d)
            }
            Extent::Box(w, h) => {
                let (w, h) = (w * self.conversion, h * self.conversion);
                if lat_distance(y, cy) > h / 2.0 {
                    return None;
                }
                if distance(x, y, cx, y) > w / 2.0 {
                    return None;
                }
                Some(distance(cx, cy, x, y))
            }
        }
    }

    /// Redis's `geohashBoundingBox`: `[min_lon, min_lat, max_lon, max_lat]`.
    fn bounding_box(&self) -> [f64; 4] {
        let [longitude, latitude] = self.xy;
        let (height, width) = match self.extent {
            Extent::Radius(r) => (r * self.conversion, r * self.conversion),
            Extent::Box(w, h) => (self.conversion * h / 2.0, self.conversion * w / 2.0),
        };
        let lat_delta = rad_deg(height / EARTH_RADIUS_IN_METERS);
        let long_delta_top =
            rad_deg(width / EARTH_RADIUS_IN_METERS / deg_rad(latitude + lat_delta).cos());
        let long_delta_bottom =
            rad_deg(width / EARTH_RADIUS_IN_METERS / deg_rad(latitude - lat_delta).cos());
        let southern = latitude < 0.0;
        [
            if southern {
                longitude - long_delta_bottom
            } else {
                longitude - long_delta_top
            },
            latitude - lat_delta,
            if southern {
                longitude + long_delta_bottom
            } else {
                longitude + long_delta_top
            },
            latitude + lat_delta,
        ]
    }

    /// The radius in meters that decides the cell size.
    fn radius_meters(&self) -> f64 {
        let r = match self.extent {
            Extent::Radius(r) => r,
            Extent::Box(w, h) => ((w / 2.0) * (w / 2.0) + (h / 2.0) * (h / 2.0)).sqrt(),
        };
        r * self.conversion
    }
}

/// Redis's `geohashEstimateStepsByRadius`.
fn estimate_steps(range_meters: f64, lat: f64) -> u8 {
    if range_meters == 0.0 {
        return 26;
    }
    let mut step: i32 = 1;
    let mut range = range_meters;
    while range < MERCATOR_MAX {
        range *= 2.0;
        step += 1;
    }
    step -= 2;
    if !(-66.0..=66.0).contains(&lat) {
        step -= 1;
        if !(-80.0..=80.0).contains(&lat) {
            step -= 1;
        }
    }
    step.clamp(1, 26) as u8
}

/// The cells a search scans, in Redis's order (the centre's cell, then north, south,
/// east, west, north-east, north-west, south-east, south-west); a zero cell is skipped.
pub fn search_cells(shape: &Shape) -> [Bits; 9] {
    let [min_lon, min_lat, max_lon, max_lat] = shape.bounding_box();
    let [longitude, latitude] = shape.xy;
    let mut steps = estimate_steps(shape.radius_meters(), latitude);
    let cells = |steps: u8| {
        let hash = encode(LONG_RANGE, LAT_RANGE, longitude, latitude, steps).unwrap_or(Bits {
            bits: 0,
            step: steps,
        });
        let n = [
            hash,
            moved(hash, 0, 1),
            moved(hash, 0, -1),
            moved(hash, 1, 0),
            moved(hash, -1, 0),
            moved(hash, 1, 1),
            moved(hash, -1, 1),
            moved(hash, 1, -1),
            moved(hash, -1, -1),
        ];
        (n, decode(LONG_RANGE, LAT_RANGE, hash))
    };
    let (mut n, mut area) = cells(steps);
    let north = decode(LONG_RANGE, LAT_RANGE, n[1]);
    let south = decode(LONG_RANGE, LAT_RANGE, n[2]);
    let east = decode(LONG_RANGE, LAT_RANGE, n[3]);
    let west = decode(LONG_RANGE, LAT_RANGE, n[4]);
    let decrease = north.latitude.max < max_lat
        || south.latitude.min > min_lat
        || east.longitude.max < max_lon
        || west.longitude.min > min_lon;
    if steps > 1 && decrease {
        steps -= 1;
        (n, area) = cells(steps);
    }
    if steps >= 2 {
        let zero = Bits::default();
        if area.latitude.min < min_lat {
            n[2] = zero;
            n[8] = zero;
            n[7] = zero;
        }
        if area.latitude.max > max_lat {
            n[1] = zero;
            n[5] = zero;
            n[6] = zero;
        }
        if area.longitude.min < min_lon {
            n[4] = zero;
            n[8] = zero;
            n[6] = zero;
        }
        if area.longitude.max > max_lon {
            n[3] = zero;
            n[7] = zero;
            n[5] = zero;
        }
    }
    n
}

/// Formats `v` as Redis's `addReplyHumanLongDouble` does: `%.17Lf` with trailing
/// zeros (and a trailing point) removed.
pub fn write_human(out: &mut Vec<u8>, v: f64) {
    let s = format!("{v:.17}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    out.extend_from_slice(s.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interleave_round_trips() {
        for (x, y) in [
            (0u32, 0u32),
            (1, 0),
            (0, 1),
            (0x3ff_ffff, 0x155_5555),
            (u32::MAX, 7),
        ] {
            let d = deinterleave(interleave(x, y));
            assert_eq!((d as u32, (d >> 32) as u32), (x, y));
        }
    }

    #[test]
    fn palermo_matches_redis() {
        // GEOADD Sicily 13.361389 38.115556 "Palermo" stores 3479099956230698 and
        // GEOPOS answers 13.36138933897018433 38.11555639549629859 in Redis 7.0.
        let score = encode_wgs84(13.361389, 38.115556);
        assert_eq!(score, Some(3479099956230698));
        let [x, y] = decode_score(3479099956230698.0);
        let mut out = Vec::new();
        write_human(&mut out, x);
        out.push(b' ');
        write_human(&mut out, y);
        assert_eq!(out, b"13.36138933897018433 38.11555639549629859");
        assert_eq!(&to_string(3479099956230698.0), b"sqc8b49rny0");
    }
}
