export { SimulatorDock } from './simulator-dock';
export { SimulatorToggle } from './simulator-toggle';
