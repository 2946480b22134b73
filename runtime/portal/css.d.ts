// esbuild bundles CSS imports into the stylesheet; they export nothing.
declare module '*.css';
