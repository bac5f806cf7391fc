// Type declaration for cytoscape-svg, which ships none: a Cytoscape extension adding cy.svg().
declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}
