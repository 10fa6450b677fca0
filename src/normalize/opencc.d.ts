// The character table of OpenCC's Traditional → Simplified conversion: "T S|T S …".
declare module "opencc-js/dict/TSCharacters" {
  const table: string;
  export default table;
}
