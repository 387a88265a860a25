// Builds the single-file verifier once per run, so `npm test` on a fresh clone needs no prior build.
module.exports = async () => {
  await require('../scripts/build-verifier.js').buildVerifier();
};
