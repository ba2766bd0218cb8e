export const partnersZhCN = {
};
