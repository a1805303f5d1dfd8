/// <reference types="vite/client" />

declare module 'virtual:catalog-icons' {
  const icons: Record<string, string>;
  export default icons;
}
