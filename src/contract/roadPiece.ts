/**
 * Which piece of its segment a drawn road line is: the whole segment, or, for a partly built
 * one, the part built so far or the part still to build (both carry the segment's id and
 * properties; completion mode draws the first solid and the second faint).
 */
export type RoadPiece = 'whole' | 'built' | 'unbuilt';
