//! The visual vocabulary shared by every drawing export (DOT, SVG, HTML, GEXF
//! colours), so an actor kind or a tone looks the same in every tool.

use super::aggregate::Tone;

/// How one kind of actor is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindStyle {
    /// The node kind (`person`, `state`, ...).
    pub kind: &'static str,
    /// Graphviz shape name.
    pub shape: &'static str,
    /// Fill colour as `#rrggbb`.
    pub fill: &'static str,
    /// Border colour as `#rrggbb`.
    pub border: &'static str,
}

/// Every kind of the contract, in legend order; the last one is used for unknown kinds.
pub const KINDS: &[KindStyle] = &[
    KindStyle {
        kind: "person",
        shape: "ellipse",
        fill: "#ffe0b2",
        border: "#e65100",
    },
    KindStyle {
        kind: "state",
        shape: "box",
        fill: "#bbdefb",
        border: "#0d47a1",
    },
    KindStyle {
        kind: "organization",
        shape: "component",
        fill: "#d1c4e9",
        border: "#4527a0",
    },
    KindStyle {
        kind: "group",
        shape: "hexagon",
        fill: "#f8bbd0",
        border: "#880e4f",
    },
    KindStyle {
        kind: "media",
        shape: "note",
        fill: "#fff9c4",
        border: "#827717",
    },
    KindStyle {
        kind: "issue",
        shape: "diamond",
        fill: "#b2dfdb",
        border: "#004d40",
    },
    KindStyle {
        kind: "other",
        shape: "octagon",
        fill: "#eeeeee",
        border: "#424242",
    },
];

/// The style of a node kind; unknown kinds are drawn as `other`.
pub fn kind_style(kind: &str) -> &'static KindStyle {
    KINDS
        .iter()
        .find(|k| k.kind == kind)
        .unwrap_or(&KINDS[KINDS.len() - 1])
}

/// Every tone in legend order.
pub const TONES: [Tone; 3] = [Tone::Cooperation, Tone::Conflict, Tone::Neutral];

/// Edge colour of a tone as `#rrggbb`.
pub fn tone_colour(tone: Tone) -> &'static str {
    match tone {
        Tone::Cooperation => "#2e7d32",
        Tone::Conflict => "#c62828",
        Tone::Neutral => "#757575",
    }
}

/// Line width of an edge seen `count` times: grows linearly, capped so a very
/// frequent relation does not swallow its neighbours.
pub fn pen_width(count: usize) -> f64 {
    let extra = count.saturating_sub(1).min(8) as f64;
    1.0 + 0.625 * extra
}

/// Parse `#rrggbb` into its three channels (for formats that want numbers).
pub fn rgb(hex: &str) -> (u8, u8, u8) {
    let channel = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0)
    };
    (channel(1), channel(3), channel(5))
}

/// Line colour of a stance as `#rrggbb`: blue for support, orange for opposition,
/// grey for conditional or neutral. Not green and red, which mean cooperation and
/// conflict between actors.
pub fn stance_colour(polarity: &str) -> &'static str {
    match polarity {
        "supports" => "#1565c0",
        "opposes" => "#ef6c00",
        _ => "#757575",
    }
}
