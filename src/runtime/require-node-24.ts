// Imported first by every entry point: an older Node must get one clear line, not the stack trace
// of a missing `node:sqlite` module.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `The certificates service needs Node 24 or newer, and this is Node ${process.version}. ` +
      'Run it through npm (npm start, npm run token, npm test), which uses the Node 24 that ' +
      '`npm install` brings, or install Node 24 (see .nvmrc).\n',
  );
  process.exit(1);
}
