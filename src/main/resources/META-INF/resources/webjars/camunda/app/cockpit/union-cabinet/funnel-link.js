// Union Cabinet: Cockpit's dashboard links to the analysts' funnel (/admin/funnel, for Camunda admins), loaded through
// config.js `customScripts` as a plugin of the supported `cockpit.dashboard` point (docs/operations.md, «Tasklist and
// Cockpit customisation»).
export default [
  {
    id: 'union-cabinet-funnel-link',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => {
      const section = document.createElement('section');
      section.className = 'union-cabinet-funnel-link';
      const heading = document.createElement('h3');
      heading.className = 'section-title';
      heading.textContent = 'Воронка регистрации';
      const text = document.createElement('p');
      text.append('Сколько участников дошло до каждого шага регистрации и где они остановились: ');
      const link = document.createElement('a');
      link.href = '/admin/funnel';
      link.textContent = 'открыть воронку регистрации';
      text.append(link, '.');
      section.append(heading, text);
      node.appendChild(section);
    }
  }
];
