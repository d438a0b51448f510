<?php
/**
 * Plugin Name:       SER Widgets
 * Description:       Calm, accessible widgets that explain SomatoEmotional Release: an explainer card, what to expect in a session, and a private emotion checklist. Blocks and shortcodes; no request to any other site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       ser-widgets
 * Domain Path:       /languages
 *
 * @package SerWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SER_WIDGETS_VERSION', '0.1.0' );
define( 'SER_WIDGETS_FILE', __FILE__ );
define( 'SER_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'ser_widgets_load_textdomain', 1 );
add_action( 'init', 'ser_widgets_register_assets', 5 );
add_action( 'init', 'ser_widgets_register_shortcodes' );
add_action( 'init', 'ser_widgets_register_blocks' );
add_action( 'admin_init', 'ser_widgets_register_settings' );
add_action( 'admin_init', 'ser_widgets_privacy_policy_content' );
add_action( 'admin_menu', 'ser_widgets_add_settings_page' );
add_filter( 'script_loader_tag', 'ser_widgets_script_tag', 10, 2 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'ser_widgets_action_links' );

/**
 * Loads the admin translations: the exact locale (es_MX) if shipped, else its language (es).
 */
function ser_widgets_load_textdomain() {
	$locale = determine_locale();
	$dir    = __DIR__ . '/languages/';
	foreach ( array( $locale, substr( $locale, 0, 2 ) ) as $name ) {
		if ( is_readable( $dir . 'ser-widgets-' . $name . '.mo' ) ) {
			load_textdomain( 'ser-widgets', $dir . 'ser-widgets-' . $name . '.mo' );
			return;
		}
	}
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function ser_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=ser-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ser-widgets' ) . '</a>' );
	return $links;
}

/**
 * The suggested paragraph for the site's privacy policy guide.
 */
function ser_widgets_privacy_policy_content() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$paragraphs = array(
		__( 'Some pages of this site explain SomatoEmotional Release with widgets from the SER Widgets plugin. The widgets are served from this site and make no request to any other site: no analytics, fonts or tracking.', 'ser-widgets' ),
		__( 'The emotion checklist keeps what you tick in your own browser only. Nothing is sent to us unless you submit a form that contains it. If the page offers to remember your answers, they are kept in your browser\'s local storage until you choose "Forget my answers"; otherwise nothing is stored and no cookie is set.', 'ser-widgets' ),
		__( 'Nothing is sent to the authors of the plugin.', 'ser-widgets' ),
	);
	$content = '';
	foreach ( $paragraphs as $paragraph ) {
		$content .= '<p>' . esc_html( $paragraph ) . '</p>';
	}
	wp_add_privacy_policy_content( __( 'SER Widgets', 'ser-widgets' ), $content );
}
