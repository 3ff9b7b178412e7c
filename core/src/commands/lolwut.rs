//! LOLWUT [VERSION v] [...]: Redis 7.0's answer is its version line; `VERSION 5` draws
//! Georg Nees's "Schotter" in Braille characters and `VERSION 6` a city skyline in
//! terminal colours, as Redis 5 and 6 did (the random parts from the server's PRNG, so
//! they differ from Redis's as one Redis run differs from the next; the first two rows
//! of squares of `VERSION 5` are not random and match Redis byte for byte).

use super::flags::*;
use super::info::REDIS_VERSION;
use super::{Command, Ctx, NOT_INTEGER};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[Command::new("lolwut", -1, READONLY | FAST, lolwut)];

/// C's `RAND_MAX` with glibc.
const RAND_MAX: u64 = 2_147_483_647;

fn lolwut(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut args = argv.get(1..).unwrap_or(&[]);
    // Which drawing: Redis formats the version as "%u.0.0" and looks at its start.
    let mut version = 7u32;
    if argv.len() >= 3 && argv[1].eq_ignore_ascii_case(b"version") {
        let Some(v) = parse_i64(argv[2]) else {
            return ctx.out.error(NOT_INTEGER);
        };
        version = v as u32;
        args = &argv[3..];
    }
    match version {
        5 => schotter(ctx, args),
        6 => skyline(ctx, args),
        _ => {
            let text = format!("Redis ver. {REDIS_VERSION}\n");
            ctx.out.verbatim("txt", text.as_bytes());
        }
    }
}

/// Parses the optional numeric arguments over `defaults`, each clamped to `1..=max`;
/// `None` once the error is written.
fn numbers<const N: usize>(
    ctx: &mut Ctx<'_>,
    args: &[&[u8]],
    defaults: [i64; N],
    max: [i64; N],
) -> Option<[i64; N]> {
    let mut out = defaults;
    for (i, slot) in out.iter_mut().enumerate() {
        if let Some(arg) = args.get(i) {
            match parse_i64(arg) {
                Some(v) => *slot = v,
                None => {
                    ctx.out.error(NOT_INTEGER);
                    return None;
                }
            }
        }
        *slot = (*slot).clamp(1, max[i]);
    }
    Some(out)
}

/// A canvas of `width` x `height` pixels, each a colour.
struct Canvas {
    width: i32,
    height: i32,
    pixels: Vec<u8>,
}

impl Canvas {
    fn new(width: i32, height: i32, colour: u8) -> Canvas {
        let len = usize::try_from(width).unwrap_or(0) * usize::try_from(height).unwrap_or(0);
        Canvas {
            width,
            height,
            pixels: vec![colour; len],
        }
    }

    fn index(&self, x: i32, y: i32) -> Option<usize> {
        if x < 0 || y < 0 || x >= self.width || y >= self.height {
            return None;
        }
        usize::try_from(x + y * self.width).ok()
    }

    /// Sets a pixel; outside the canvas nothing happens.
    fn set(&mut self, x: i32, y: i32, colour: u8) {
        if let Some(p) = self.index(x, y).and_then(|i| self.pixels.get_mut(i)) {
            *p = colour;
        }
    }

    /// A pixel's colour; 0 outside the canvas.
    fn get(&self, x: i32, y: i32) -> u8 {
        self.index(x, y)
            .and_then(|i| self.pixels.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// A Bresenham line from `(x1, y1)` to `(x2, y2)`.
    fn line(&mut self, mut x1: i32, mut y1: i32, x2: i32, y2: i32, colour: u8) {
        let (dx, dy) = ((x2 - x1).abs(), (y2 - y1).abs());
        let sx = if x1 < x2 { 1 } else { -1 };
        let sy = if y1 < y2 { 1 } else { -1 };
        let mut err = dx - dy;
        loop {
            self.set(x1, y1, colour);
            if x1 == x2 && y1 == y2 {
                return;
            }
            let e2 = err * 2;
            if e2 > -dy {
                err -= dy;
                x1 += sx;
            }
            if e2 < dx {
                err += dx;
                y1 += sy;
            }
        }
    }

    /// A square of side `size` centred on `(x, y)`, turned by `angle` radians: its
    /// corners are points of the circumscribed circle a quarter turn apart. The
    /// arithmetic keeps C's mix of `float` variables and `double` maths.
    // Redis divides by this ten-digit literal, not by the exact square root of two.
    #[allow(clippy::approx_constant)]
    fn square(&mut self, x: i32, y: i32, size: f32, angle: f32, colour: u8) {
        let size = (f64::from(size) / 1.4142135623) as f32;
        let size = f64::from(size).round() as f32;
        let mut k = (std::f64::consts::FRAC_PI_4 + f64::from(angle)) as f32;
        let mut corners = [(0i32, 0i32); 4];
        for c in &mut corners {
            let kd = f64::from(k);
            c.0 = (kd.sin() * f64::from(size) + f64::from(x)).round() as i32;
            c.1 = (kd.cos() * f64::from(size) + f64::from(y)).round() as i32;
            k = (kd + std::f64::consts::FRAC_PI_2) as f32;
        }
        for j in 0..4 {
            let (a, b) = (corners[j], corners[(j + 1) % 4]);
            self.line(a.0, a.1, b.0, b.1, colour);
        }
    }
}

/// C's `rand()` from the server's PRNG.
fn rand(ctx: &mut Ctx<'_>) -> u64 {
    ctx.node.random_below(RAND_MAX + 1)
}

/// LOLWUT VERSION 5 [columns [squares-per-row [squares-per-col]]] (66, 8, 12).
fn schotter(ctx: &mut Ctx<'_>, args: &[&[u8]]) {
    let Some([cols, per_row, per_col]) = numbers(ctx, args, [66, 8, 12], [1000, 200, 200]) else {
        return;
    };
    // Clamped above, so these fit an i32 and an f32 exactly.
    let (cols, per_row, per_col) = (cols as i32, per_row as i32, per_col as i32);
    let width = cols * 2;
    let padding = if width > 4 { 2 } else { 0 };
    let side = (width - padding * 2) as f32 / per_row as f32;
    let height = (side * per_col as f32 + (padding * 2) as f32) as i32;
    let mut canvas = Canvas::new(width, height, 0);
    for y in 0..per_col {
        for x in 0..per_row {
            let mut sx = (x as f32 * side + side / 2.0 + padding as f32) as i32;
            let mut sy = (y as f32 * side + side / 2.0 + padding as f32) as i32;
            let mut angle = 0.0f32;
            // Lower rows are turned and moved more and more at random.
            if y > 1 {
                let mut r = [0f32; 3];
                for v in &mut r {
                    *v = rand(ctx) as f32 / RAND_MAX as f32 / per_col as f32 * y as f32;
                }
                for v in &mut r {
                    if rand(ctx) % 2 == 1 {
                        *v = -*v;
                    }
                }
                angle = r[0];
                sx = (sx as f32 + r[1] * side / 3.0) as i32;
                sy = (sy as f32 + r[2] * side / 3.0) as i32;
            }
            canvas.square(sx, sy, side, angle, 1);
        }
    }
    // Each character shows 2x4 pixels as a Braille pattern (bits 0-2 and 6 down the
    // left column, 3-5 and 7 down the right).
    let mut text = String::new();
    for y in (0..canvas.height).step_by(4) {
        for x in (0..canvas.width).step_by(2) {
            let dots = [
                (0, 0, 0),
                (0, 1, 1),
                (0, 2, 2),
                (1, 0, 3),
                (1, 1, 4),
                (1, 2, 5),
                (0, 3, 6),
                (1, 3, 7),
            ];
            let mut bits = 0u32;
            for (dx, dy, bit) in dots {
                if canvas.get(x + dx, y + dy) != 0 {
                    bits |= 1 << bit;
                }
            }
            text.push(char::from_u32(0x2800 + bits).unwrap_or(' '));
        }
        if y != canvas.height - 1 {
            text.push('\n');
        }
    }
    text.push_str("\nGeorg Nees - schotter, plotter on paper, 1968. Redis ver. ");
    text.push_str(REDIS_VERSION);
    text.push('\n');
    ctx.out.verbatim("txt", text.as_bytes());
}

/// One building of the skyline.
struct Building {
    xoff: i32,
    width: i32,
    height: i32,
    windows: bool,
    colour: u8,
}

/// Draws `b` from the bottom of the canvas up; windows are two pixels wide, one
/// tall, in one of the two greys that is not the wall's.
fn building(ctx: &mut Ctx<'_>, canvas: &mut Canvas, b: &Building) {
    let start = canvas.height - 1;
    let end = start - b.height + 1;
    let mut y = start;
    while y >= end {
        for x in b.xoff..b.xoff + b.width {
            // The roof is four pixels narrower.
            if y == end && (x <= b.xoff + 1 || x >= b.xoff + b.width - 2) {
                continue;
            }
            let mut colour = b.colour;
            if b.windows
                && x > b.xoff + 1
                && x < b.xoff + b.width - 2
                && y > end + 1
                && y < start - 1
            {
                let relx = x - (b.xoff + 1);
                let rely = y - (end + 1);
                if (relx / 2) % 2 != 0 && rely % 2 != 0 {
                    loop {
                        colour = 1 + (rand(ctx) % 2) as u8;
                        if colour != b.colour {
                            break;
                        }
                    }
                    if relx % 2 != 0 {
                        colour = canvas.get(x - 1, y);
                    }
                }
            }
            canvas.set(x, y, colour);
        }
        y -= 1;
    }
}

/// `rand() % n` as C computes it for a positive `n`.
fn rand_mod(ctx: &mut Ctx<'_>, n: i32) -> i32 {
    match u64::try_from(n) {
        Ok(n) if n > 0 => (rand(ctx) % n) as i32,
        _ => 0,
    }
}

/// LOLWUT VERSION 6 [columns [rows]] (80, 20).
fn skyline(ctx: &mut Ctx<'_>, args: &[&[u8]]) {
    let Some([cols, rows]) = numbers(ctx, args, [80, 20], [1000, 1000]) else {
        return;
    };
    let mut canvas = Canvas::new(cols as i32, rows as i32, 3);
    let (w, h) = (canvas.width, canvas.height);
    // Background buildings without windows, the lighter grey behind.
    for colour in [2u8, 1] {
        let mut offset = -10;
        while offset < w {
            offset += rand_mod(ctx, 8);
            let width = 10 + rand_mod(ctx, 9);
            let height = if colour == 2 {
                h / 2 + rand_mod(ctx, h) / 2
            } else {
                h / 2 + rand_mod(ctx, h) / 3
            };
            let b = Building {
                xoff: offset,
                width,
                height,
                windows: false,
                colour,
            };
            building(ctx, &mut canvas, &b);
            offset += if colour == 2 { width / 2 } else { width + 1 };
        }
    }
    // Black buildings with windows in front.
    let mut offset = -10;
    while offset < w {
        offset += rand_mod(ctx, 8);
        let mut width = 5 + rand_mod(ctx, 14);
        if width % 4 != 0 {
            width += width % 3;
        }
        let height = h / 3 + rand_mod(ctx, h) / 2;
        let b = Building {
            xoff: offset,
            width,
            height,
            windows: true,
            colour: 0,
        };
        building(ctx, &mut canvas, &b);
        offset += width + 5;
    }
    let mut text = String::new();
    for y in 0..h {
        for x in 0..w {
            let escape = match canvas.get(x, y) {
                1 => "0;90;100m",
                2 => "0;37;47m",
                3 => "0;97;107m",
                _ => "0;30;40m",
            };
            text.push_str("\x1b[");
            text.push_str(escape);
            text.push_str(" \x1b[0m");
        }
        if y != h - 1 {
            text.push('\n');
        }
    }
    text.push_str(
        "\nDedicated to the 8 bit game developers of past and present.\n\
         Original 8 bit image from Plaguemon by hikikomori. Redis ver. ",
    );
    text.push_str(REDIS_VERSION);
    text.push('\n');
    ctx.out.verbatim("txt", text.as_bytes());
}
