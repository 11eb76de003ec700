import { measureLatency, measureIndex } from './editor';
(async () => {
  console.log(JSON.stringify(await measureLatency(50), null, 1));
  console.log(JSON.stringify(await measureIndex('/work/main/.bench/ws5000', 1, console.log), null, 1));
})();
