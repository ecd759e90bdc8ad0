// `npm start`: builds the package, generates the demo photographs if missing, and serves the demo
// host page (demo/index.html) with @web/dev-server on http://127.0.0.1:8000/demo/.
import { execFileSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

// The demo embeds the CDN build exactly as a host page would, so it is rebuilt from the sources first.
execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/generate-demo-photos.mjs'], { stdio: 'inherit' });

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`\nThe demo: http://127.0.0.1:${port}/demo/   (Ctrl+C stops it)`);
