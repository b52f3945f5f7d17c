export const HEADER: string[];
export const TITLE_ROWS: string[][];
export const COMMUNES: string[];
export function makeRow(i: number): string[];
export function csvLine(cells: string[], delimiter?: string): string;
export function encodeCp1258(text: string): Uint8Array;
