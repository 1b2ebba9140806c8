// How the server process is started, wherever it is: `npm start` (scripts/tasks.mjs) and the benchmark
// (test/bench/servers.mjs) both use this list. Containers and service units should pass the same flags.
//
// V8 sizes its heap from the machine's memory (a 4.5 GB limit on 24 GB) and, with that much room, lets
// garbage pile up: an API instance under load reached 400–500 MB resident for a live heap of about 60 MB.
// A 384 MB old space and 24 MB semi-spaces (the default is 32) keep it near 240 MB under the same load, within
// the noise of the throughput measurements; 16 MB semi-spaces saved 30 MB more but cost 15 % more CPU on a
// page of incidents (test/bench/RESULTS.md, "What was tried"). 384 MB still leaves six times the live heap
// for the heaviest requests (imports and exports work in batches and stream).
export const SERVER_NODE_FLAGS = ['--max-old-space-size=384', '--max-semi-space-size=24'];
