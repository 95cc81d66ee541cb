// Jest reads this CommonJS file itself; the preset is shared by every project.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: require('./package.json').name,
};
