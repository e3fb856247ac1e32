// Harness sources are bundled as text by esbuild (see esbuild.js loaders).
declare module '*.cjs' {
  const text: string;
  export default text;
}
declare module '*.cpp' {
  const text: string;
  export default text;
}
declare module '*.hpp' {
  const text: string;
  export default text;
}
declare module '*.py' {
  const text: string;
  export default text;
}
declare module '*.go' {
  const text: string;
  export default text;
}
declare module '*.java' {
  const text: string;
  export default text;
}
