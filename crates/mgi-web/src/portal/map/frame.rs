//! What a map frames: the whole world, or the countries of one region, and the sizes of what it
//! draws in the units of that frame, so that edges, dots and patterns look the same on the
//! screen whatever the frame.

use super::tenth;
use super::world::world;

/// The part of the world a map frames, in the outlines' coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// The narrowest a region's frame is, as its width over its height: a region narrower than this
/// is framed wider, so that its map is never much taller than the page is wide.
const FLATTEST: f32 = 1.6;
/// The margin around a region's countries, in world units.
const FRAME_MARGIN: f32 = 12.0;

impl View {
    /// The whole map.
    pub fn world() -> View {
        let w = world();
        View {
            x: 0.0,
            y: 0.0,
            width: w.width,
            height: w.height,
        }
    }

    /// The countries of a UN M49 region, with a margin; the whole map for a region without
    /// outlines.
    pub fn region(region: &str) -> View {
        let Some([left, top, right, bottom]) = world().region_box(region) else {
            return View::world();
        };
        let height = bottom - top + 2.0 * FRAME_MARGIN;
        let width = (right - left + 2.0 * FRAME_MARGIN).max(height * FLATTEST);
        View {
            x: tenth((left + right - width) / 2.0),
            y: tenth(top - FRAME_MARGIN),
            width: tenth(width),
            height: tenth(height),
        }
    }
}

/// The sizes of what a map draws, in the units of its view: the same on the screen whether
/// the map frames the world or a region.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    /// The white line between countries.
    pub edge: f32,
    /// A locality's dot, its white ring, and the dark line around the dot.
    pub dot: f32,
    pub ring: f32,
    pub dot_edge: f32,
    /// A pattern's tile, its stripe and its dot (centred in the tile).
    pub tile: f32,
    pub stripe: f32,
    pub speck: f32,
    pub speck_at: f32,
}

impl Sizes {
    pub(super) fn of(view: &View) -> Sizes {
        let scale = view.width / world().width;
        let at = |size: f32| (size * scale * 1000.0).round() / 1000.0;
        Sizes {
            edge: at(0.5),
            dot: at(3.4),
            ring: at(4.6),
            dot_edge: at(0.8),
            tile: at(4.0),
            stripe: at(1.6),
            speck: at(0.9),
            speck_at: at(2.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_is_framed_no_taller_than_wide_and_drawn_as_the_world() {
        let africa = View::region("Africa");
        let whole = View::world();
        assert!(africa.width < whole.width / 2.0, "{africa:?}");
        assert!(
            (africa.width / africa.height - FLATTEST).abs() < 0.01,
            "{africa:?}"
        );
        assert_eq!(View::region("Atlantis"), whole);
        let (sizes, world_sizes) = (Sizes::of(&africa), Sizes::of(&whole));
        assert_eq!(
            (world_sizes.edge, world_sizes.dot, world_sizes.tile),
            (0.5, 3.4, 4.0)
        );
        let scale = africa.width / whole.width;
        assert!((sizes.dot - 3.4 * scale).abs() < 0.001, "{sizes:?}");
    }
}
