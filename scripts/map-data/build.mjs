// Writes data/world-110m.json: the country outlines of Natural Earth 1:110m (as the world-atlas
// package ships them, TopoJSON with ISO 3166-1 numeric = UN M49 codes) projected once with the
// Equal Earth projection into SVG path data, for the portal's maps. Run through ./run, which
// installs the pinned packages of package-lock.json first.
//
// Each country: its M49 code (null for the three shapes Natural Earth gives no code: Kosovo,
// Northern Cyprus, Somaliland), its outline as path data (absolute first point, then relative
// moves, at a fixed precision), an anchor: the projected centroid of its largest polygon, where
// the portal places a locality of that country, and the box of that polygon (left, top, right,
// bottom), from which the portal frames a region. Antarctica is left out.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const atlas = require("world-atlas/countries-110m.json");
const atlasVersion = require("world-atlas/package.json").version;

const WIDTH = 1000;
// Coordinates are kept to this many decimals: a tenth of a unit is under a tenth of a pixel on
// a page at most 960 px wide, and the file stays small.
const DIGITS = 1;
const ANTARCTICA = 10;
const out = process.argv[2] ?? "data/world-110m.json";

const scale = 10 ** DIGITS;
const q = (v) => Math.round(v * scale);

const countries = feature(atlas, atlas.objects.countries).features.filter(
  (f) => Number(f.id) !== ANTARCTICA,
);
const projection = geoEqualEarth().fitWidth(WIDTH, { type: "Sphere" });

/// The projected rings of a feature (after clipping at the antimeridian), as quantised points.
function rings(geometry) {
  const found = [];
  let ring = null;
  const context = {
    moveTo(x, y) {
      ring = [[q(x), q(y)]];
      found.push(ring);
    },
    lineTo(x, y) {
      ring.push([q(x), q(y)]);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context)(geometry);
  return found
    .map((r) => r.filter((p, i) => i === 0 || p[0] !== r[i - 1][0] || p[1] !== r[i - 1][1]))
    .map((r) => (r.length > 1 && r[0][0] === r.at(-1)[0] && r[0][1] === r.at(-1)[1] ? r.slice(0, -1) : r))
    .filter((r) => r.length >= 3);
}

// The box of every kept outline: the viewBox starts at its corner.
let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
const projected = countries.map((f) => {
  const rs = rings(f);
  for (const r of rs) {
    for (const [x, y] of r) {
      minX = Math.min(minX, x); minY = Math.min(minY, y);
      maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
    }
  }
  return { f, rs };
});
const margin = 2 * scale;
minX -= margin; minY -= margin; maxX += margin; maxY += margin;

const num = (v) => {
  const s = (v / scale).toFixed(DIGITS);
  return s.replace(/\.?0+$/, "").replace(/^(-?)0\./, "$1.") || "0";
};
// Numbers one after the other: a minus sign or a leading dot separates them without a space
// only where the SVG grammar allows it; a space otherwise.
function pair(x, y) {
  const a = num(x), b = num(y);
  return a + (b.startsWith("-") ? "" : " ") + b;
}
function pathData(rs) {
  return rs
    .map((r) => {
      const [x0, y0] = r[0];
      let d = "M" + pair(x0 - minX, y0 - minY);
      let px = x0, py = y0;
      d += "l";
      const steps = [];
      for (const [x, y] of r.slice(1)) {
        steps.push(pair(x - px, y - py));
        px = x; py = y;
      }
      return d + steps.map((s, i) => (i === 0 || s.startsWith("-") ? s : " " + s)).join("") + "z";
    })
    .join("");
}

function area(r) {
  let a = 0;
  for (let i = 0; i < r.length; i++) {
    const [x1, y1] = r[i], [x2, y2] = r[(i + 1) % r.length];
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}
function centroid(r) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < r.length; i++) {
    const [x1, y1] = r[i], [x2, y2] = r[(i + 1) % r.length];
    const k = x1 * y2 - x2 * y1;
    a += k; cx += (x1 + x2) * k; cy += (y1 + y2) * k;
  }
  return a === 0 ? r[0] : [cx / (3 * a), cy / (3 * a)];
}

const shapes = projected
  .filter(({ rs }) => rs.length > 0)
  .map(({ f, rs }) => {
    const largest = rs.reduce((best, r) => (Math.abs(area(r)) > Math.abs(area(best)) ? r : best));
    const [ax, ay] = centroid(largest);
    const xs = largest.map((p) => p[0] - minX), ys = largest.map((p) => p[1] - minY);
    return {
      m49: f.id === undefined ? null : Number(f.id),
      name: f.properties.name,
      anchor: [Number(num(Math.round(ax) - minX)), Number(num(Math.round(ay) - minY))],
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map((v) => Number(num(v))),
      d: pathData(rs),
    };
  })
  .sort((a, b) => (a.m49 ?? 1000) - (b.m49 ?? 1000) || a.name.localeCompare(b.name));

const world = {
  source: `Natural Earth 1:110m Admin 0 countries (public domain), from world-atlas ${atlasVersion}; Equal Earth projection; written by scripts/map-data/run`,
  width: Number(num(maxX - minX)),
  height: Number(num(maxY - minY)),
  countries: shapes,
};
const text =
  "{\n" +
  `"source":${JSON.stringify(world.source)},\n"width":${world.width},\n"height":${world.height},\n"countries":[\n` +
  shapes.map((s) => JSON.stringify(s)).join(",\n") +
  "\n]}\n";
writeFileSync(out, text);
console.log(`${out}: ${shapes.length} countries, ${text.length} bytes, viewBox 0 0 ${world.width} ${world.height}`);
