// Lints the pages' style sheet with css-tree (Debian's node-css-tree): a syntax error, an unknown property or a
// value its property does not take is one line `file:line:column: message`; exit status 1 when there is any.
"use strict";
const fs = require("fs");
const csstree = require("css-tree");

let problems = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  const report = (loc, message) => {
    problems += 1;
    console.log(`${file}:${loc ? loc.start.line + ":" + loc.start.column : "?"}: ${message}`);
  };
  const ast = csstree.parse(text, {
    positions: true,
    onParseError: (error) => report({ start: { line: error.line, column: error.column } }, error.formattedMessage || error.message),
  });
  csstree.walk(ast, {
    visit: "Declaration",
    enter(node) {
      if (node.property.startsWith("--")) return;
      const property = csstree.lexer.getProperty(node.property);
      if (!property) {
        report(node.loc, `unknown property ${node.property}`);
        return;
      }
      const match = csstree.lexer.matchDeclaration(node);
      if (match.error) report(node.loc, `${node.property}: ${match.error.message.split("\n")[0]}`);
    },
  });
}
process.exit(problems > 0 ? 1 : 0);
