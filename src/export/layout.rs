//! A small force-directed layout (Fruchterman–Reingold) for the HTML view, so the
//! page needs neither Graphviz nor a layout library at view time.
//!
//! Deterministic by construction: nodes start on a grid in id order, with a fixed
//! pseudo-random jitter, and only `+ - * / sqrt` are used (all exactly rounded in
//! IEEE 754), so the same graph gives the same coordinates on every platform.

/// A position in layout units (roughly pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal, growing rightwards.
    pub x: f64,
    /// Vertical, growing downwards.
    pub y: f64,
}

/// Ideal distance between connected nodes.
const SPACING: f64 = 110.0;

/// Work budget: iterations shrink as the graph grows so big graphs stay fast.
fn iterations(n: usize) -> usize {
    let pairs = (n * n).max(1);
    (20_000_000 / pairs).clamp(30, 400)
}

/// A tiny linear congruential generator: only needs to be repeatable.
struct Jitter(u64);

impl Jitter {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) - 0.5
    }
}

fn initial(n: usize) -> Vec<Point> {
    let cols = ((n as f64).sqrt().ceil() as usize).max(1);
    let mut jitter = Jitter(0x5eed);
    (0..n)
        .map(|i| Point {
            x: (i % cols) as f64 * SPACING + jitter.next() * SPACING * 0.5,
            y: (i / cols) as f64 * SPACING + jitter.next() * SPACING * 0.5,
        })
        .collect()
}

/// Lay out `n` nodes joined by `edges` (pairs of node indices; direction, duplicates
/// and self-loops are ignored). Returns one point per node, shifted so the smallest
/// coordinates are zero.
///
/// Each connected component is laid out on its own and the components are then
/// packed in rows, biggest first: in one simulation, small components and lone
/// nodes drift to the rim and shrink the picture of everything else.
pub fn force_layout(n: usize, edges: &[(usize, usize)]) -> Vec<Point> {
    let mut pairs: Vec<(usize, usize)> = edges
        .iter()
        .filter(|(a, b)| a != b && *a < n && *b < n)
        .map(|&(a, b)| (a.min(b), a.max(b)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = vec![Point { x: 0.0, y: 0.0 }; n];
    let laid: Vec<(Vec<usize>, Vec<Point>)> = components(n, &pairs)
        .into_iter()
        .map(|members| {
            let points = layout_component(&members, &pairs);
            (members, points)
        })
        .collect();
    pack(&mut out, &laid);
    normalise(out)
}

/// Connected components, each a sorted list of node indices; biggest first, ties
/// in order of their first node.
fn components(n: usize, pairs: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for &(a, b) in pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut list: Vec<Vec<usize>> = groups.into_values().collect();
    list.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    list
}

/// Lay out one component; points are in the order of `members`, from the origin.
fn layout_component(members: &[usize], pairs: &[(usize, usize)]) -> Vec<Point> {
    let local: Vec<(usize, usize)> = pairs
        .iter()
        .filter_map(|&(a, b)| {
            let la = members.binary_search(&a).ok()?;
            let lb = members.binary_search(&b).ok()?;
            Some((la, lb))
        })
        .collect();
    normalise(relax(members.len(), &local))
}

/// Shelf packing: components left to right in rows no wider than the widest
/// component (or a square of their total area), each row below the last.
fn pack(out: &mut [Point], laid: &[(Vec<usize>, Vec<Point>)]) {
    // Room for labels, which are wider than nodes.
    const PAD_X: f64 = 150.0;
    const PAD_Y: f64 = 70.0;
    let size = |points: &[Point]| {
        let w = points.iter().map(|p| p.x).fold(0.0, f64::max) + PAD_X;
        let h = points.iter().map(|p| p.y).fold(0.0, f64::max) + PAD_Y;
        (w, h)
    };
    let sizes: Vec<(f64, f64)> = laid.iter().map(|(_, p)| size(p)).collect();
    let area: f64 = sizes.iter().map(|(w, h)| w * h).sum();
    let widest = sizes.iter().map(|s| s.0).fold(0.0, f64::max);
    let limit = widest.max(area.sqrt() * 1.3);
    let (mut x, mut y, mut row_h) = (0.0, 0.0, 0.0_f64);
    for ((members, points), (w, h)) in laid.iter().zip(sizes) {
        if x > 0.0 && x + w > limit {
            x = 0.0;
            y += row_h;
            row_h = 0.0;
        }
        for (&i, p) in members.iter().zip(points) {
            out[i] = Point {
                x: p.x + x,
                y: p.y + y,
            };
        }
        x += w;
        row_h = row_h.max(h);
    }
}

/// The force simulation proper.
fn relax(n: usize, pairs: &[(usize, usize)]) -> Vec<Point> {
    let mut pos = initial(n);
    let rounds = iterations(n);
    let start_temp = SPACING * 2.0;
    for round in 0..rounds {
        let temp = start_temp * (1.0 - round as f64 / rounds as f64) + 1.0;
        let disp = forces(&pos, pairs);
        for (p, d) in pos.iter_mut().zip(disp) {
            let len = (d.x * d.x + d.y * d.y).sqrt();
            if len > 0.0 {
                let step = len.min(temp) / len;
                p.x += d.x * step;
                p.y += d.y * step;
            }
        }
    }
    pos
}

/// Net force on each node: repulsion between all pairs, attraction along edges,
/// and a pull to the centre that keeps separate components close.
fn forces(pos: &[Point], pairs: &[(usize, usize)]) -> Vec<Point> {
    let k2 = SPACING * SPACING;
    let mut disp = vec![Point { x: 0.0, y: 0.0 }; pos.len()];
    for i in 0..pos.len() {
        for j in (i + 1)..pos.len() {
            let (dx, dy) = (pos[i].x - pos[j].x, pos[i].y - pos[j].y);
            let d2 = (dx * dx + dy * dy).max(1.0);
            let f = k2 / d2;
            disp[i].x += dx * f;
            disp[i].y += dy * f;
            disp[j].x -= dx * f;
            disp[j].y -= dy * f;
        }
    }
    for &(a, b) in pairs {
        let (dx, dy) = (pos[a].x - pos[b].x, pos[a].y - pos[b].y);
        let d = (dx * dx + dy * dy).sqrt();
        let f = d / SPACING;
        disp[a].x -= dx * f;
        disp[a].y -= dy * f;
        disp[b].x += dx * f;
        disp[b].y += dy * f;
    }
    // Gravity of constant strength (not growing with distance, which lets isolated
    // nodes drift far away), scaled with sqrt(n) like the width of a laid-out graph.
    let (cx, cy) = centre(pos);
    let pull = SPACING * 0.3 * (pos.len() as f64).sqrt();
    for (d, p) in disp.iter_mut().zip(pos) {
        let (dx, dy) = (p.x - cx, p.y - cy);
        let dist = (dx * dx + dy * dy).sqrt();
        if dist > 1.0 {
            d.x -= dx / dist * pull;
            d.y -= dy / dist * pull;
        }
    }
    disp
}

fn centre(pos: &[Point]) -> (f64, f64) {
    let n = pos.len().max(1) as f64;
    let sx: f64 = pos.iter().map(|p| p.x).sum();
    let sy: f64 = pos.iter().map(|p| p.y).sum();
    (sx / n, sy / n)
}

/// Shift to the origin and round to tenths, so printed coordinates are short.
fn normalise(pos: Vec<Point>) -> Vec<Point> {
    if pos.is_empty() {
        return pos;
    }
    let min_x = pos.iter().map(|p| p.x).fold(f64::INFINITY, f64::min);
    let min_y = pos.iter().map(|p| p.y).fold(f64::INFINITY, f64::min);
    let round = |v: f64| (v * 10.0).round() / 10.0;
    pos.into_iter()
        .map(|p| Point {
            x: round(p.x - min_x),
            y: round(p.y - min_y),
        })
        .collect()
}
