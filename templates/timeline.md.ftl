<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#if single>
# ${stories[0].title}

[Timeline](${timelineUrl})<#if feed??> · Feeds of this story: [Atom](${feed.atom}) · [JSON Feed](${feed.json})</#if>
<#else>
# Timeline

Stories followed over time: events linked by the people and themes they share, the story with the newest event first.
<#if !stories?has_content>

No storyline yet: no two events share enough people and themes.
</#if>
</#if>
<#list stories as st>
<#if !single>

## [${st.title}](${st.url})
</#if>

${st.eventCount} events<#if st.from?? && st.to??>, ${st.from.text} to ${st.to.text}</#if><#if st.shared?has_content>; linked by ${st.shared?join(", ")}</#if>

<#list st.events as ev>
- <#if ev.date??>${ev.date.text}<#else>Date unknown</#if>: [${ev.title}](${ev.url})<#if ev.place??> (${ev.place})</#if><#if ev.line??> — ${ev.line}</#if>
</#list>
</#list>
