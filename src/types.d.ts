// Files the build imports as text.
declare module '*.css' {
  const text: string;
  export default text;
}
