/**
 * The node client `index` connects to when the load is spread over `nodes` servers: contiguous
 * blocks, so clients, and the typists spread evenly among them, split evenly between the nodes.
 */
export const nodeOfClient = (index: number, clients: number, nodes: number) =>
  Math.min(nodes - 1, Math.floor((index * nodes) / clients));
