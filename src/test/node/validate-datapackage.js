// Validates a Frictionless Data Package with npm datapackage (and the npm tableschema it uses): the descriptor
// against the tabular-data-package profile, then every row of every resource against its Table Schema (header
// names, types, constraints, primary key). Prints one line per resource; exits 1 with the errors when invalid.
// Usage: node validate-datapackage.js DIR   (NODE_PATH must reach the installed datapackage module)
'use strict';
const path = require('path');
const { Package } = require('datapackage');

async function main() {
  const dir = path.resolve(process.argv[2]);
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir, strict: false });
  if (!pkg.valid) {
    for (const e of pkg.errors) console.log('INVALID descriptor: ' + e.message);
    return 1;
  }
  let failed = false;
  let rows = 0;
  for (const resource of pkg.resources) {
    if (!resource.tabular) {
      console.log('INVALID ' + resource.name + ': not a tabular resource');
      failed = true;
      continue;
    }
    try {
      const data = await resource.read({ keyed: true });
      rows += data.length;
      console.log('valid ' + resource.name + ': ' + data.length + ' rows');
    } catch (e) {
      failed = true;
      const errors = e.multiple ? e.errors : [e];
      for (const x of errors) console.log('INVALID ' + resource.name + ': ' + x.message);
    }
  }
  if (failed) return 1;
  console.log('VALID ' + pkg.resources.length + ' resources, ' + rows + ' rows');
  return 0;
}

main().then((code) => process.exit(code), (e) => {
  console.log('ERROR ' + (e && e.stack ? e.stack : e));
  process.exit(2);
});
